using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenGov.Reporting.Infrastructure.Import.Xlsx;

/// <summary>Reads every worksheet of an .xlsx into <see cref="SheetGrid"/>s (values, shared and inline strings, merges).</summary>
internal static class WorkbookLoader
{
    /// <summary>The sheets in workbook order, or null when the bytes are not a readable .xlsx.</summary>
    public static IReadOnlyList<SheetGrid>? TryLoad(Stream stream)
    {
        try
        {
            // The package needs a seekable stream; an upload stream may not be one.
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            using var document = SpreadsheetDocument.Open(copy, false);
            var workbookPart = document.WorkbookPart;
            if (workbookPart?.Workbook.Sheets is not { } sheets)
            {
                return null;
            }

            var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? [];
            var grids = new List<SheetGrid>();
            foreach (var sheet in sheets.Elements<Sheet>())
            {
                if (sheet.Id?.Value is { } id && workbookPart.GetPartById(id) is WorksheetPart part)
                {
                    grids.Add(ReadSheet(sheet.Name?.Value ?? string.Empty, part.Worksheet, shared));
                }
            }

            return grids;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Not a zip, not an Office package, or a damaged one (the SDK throws many exception types for these):
            // the caller reports it as a problem; nothing is thrown at the user.
            return null;
        }
    }

    private static SheetGrid ReadSheet(string name, Worksheet worksheet, string[] shared)
    {
        var cells = new List<GridCell>();
        var nextRow = 1;
        foreach (var row in worksheet.Descendants<Row>())
        {
            // Row and cell references are optional in the format; when absent they follow the previous one.
            var rowIndex = row.RowIndex?.Value is { } r ? (int)r : nextRow;
            nextRow = rowIndex + 1;
            var nextColumn = 1;
            foreach (var cell in row.Elements<Cell>())
            {
                var (refRow, refColumn) = Parse(cell.CellReference?.Value);
                var column = refColumn ?? nextColumn;
                nextColumn = column + 1;
                var (text, isNumber) = Value(cell, shared);
                if (!string.IsNullOrWhiteSpace(text))
                {
                    cells.Add(new GridCell(refRow ?? rowIndex, column, text, isNumber));
                }
            }
        }

        var merges = worksheet.Descendants<MergeCell>()
            .Select(m => m.Reference?.Value?.Split(':'))
            .Where(parts => parts is { Length: 2 })
            .Select(parts => (From: Parse(parts![0]), To: Parse(parts[1])))
            .Where(p => p.From.Row is not null && p.From.Column is not null && p.To.Row is not null && p.To.Column is not null)
            .Select(p => new MergedRange(p.From.Row!.Value, p.From.Column!.Value, p.To.Row!.Value, p.To.Column!.Value))
            .ToList();
        return new SheetGrid(name, cells, merges);
    }

    private static (string Text, bool IsNumber) Value(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : string.Empty, false);
        }

        if (type == CellValues.InlineString)
        {
            return (cell.InlineString is { } inline ? ItemText(inline) : raw ?? string.Empty, false);
        }

        if (type == CellValues.String || type == CellValues.Boolean || type == CellValues.Error || type == CellValues.Date)
        {
            return (raw ?? string.Empty, false);
        }

        return (raw ?? string.Empty, true);
    }

    // A rich-text item is runs of <t>; phonetic guides (<rPh>) are not part of the displayed text.
    private static string ItemText(OpenXmlElement item) =>
        string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text));

    private static (int? Row, int? Column) Parse(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return (null, null);
        }

        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        int? row = int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : null;
        return (row, column == 0 ? null : column);
    }
}
