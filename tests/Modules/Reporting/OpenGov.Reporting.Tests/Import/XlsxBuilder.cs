using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenGov.Reporting.Tests.Import;

/// <summary>One worksheet under construction: values by (row, column), 1-based, and merged ranges.</summary>
internal sealed class SheetSpec(string name)
{
    public string Name { get; } = name;

    public Dictionary<(int Row, int Column), object> Cells { get; } = [];

    public List<(int Row1, int Col1, int Row2, int Col2)> Merges { get; } = [];

    /// <summary>Writes values left to right from <paramref name="column"/>; null leaves the cell out.</summary>
    public SheetSpec Put(int row, int column, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                Cells[(row, column + i)] = value;
            }
        }

        return this;
    }

    public SheetSpec Merge(int row1, int col1, int row2, int col2)
    {
        if (row1 != row2 || col1 != col2)
        {
            Merges.Add((row1, col1, row2, col2));
        }

        return this;
    }
}

/// <summary>Writes real .xlsx files with DocumentFormat.OpenXml so the importer reads what Excel would save.</summary>
internal static class XlsxBuilder
{
    /// <summary>Strings go to the shared string table, or inline when <paramref name="inlineStrings"/> is set.</summary>
    public static MemoryStream Build(IEnumerable<SheetSpec> sheets, bool inlineStrings = false)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheetsElement = workbookPart.Workbook.AppendChild(new Sheets());
            var sharedPart = workbookPart.AddNewPart<SharedStringTablePart>();
            var shared = new List<string>();
            uint id = 1;
            foreach (var spec in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(SheetData(spec, shared, inlineStrings));
                if (spec.Merges.Count > 0)
                {
                    part.Worksheet.AppendChild(new MergeCells(spec.Merges.Select(m => new MergeCell { Reference = $"{Ref(m.Row1, m.Col1)}:{Ref(m.Row2, m.Col2)}" })));
                }

                sheetsElement.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = spec.Name });
            }

            sharedPart.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
        }

        stream.Position = 0;
        return stream;
    }

    private static SheetData SheetData(SheetSpec spec, List<string> shared, bool inlineStrings)
    {
        var data = new SheetData();
        foreach (var row in spec.Cells.GroupBy(c => c.Key.Row).OrderBy(g => g.Key))
        {
            var rowElement = new Row { RowIndex = (uint)row.Key };
            foreach (var ((r, c), value) in row.OrderBy(x => x.Key.Column))
            {
                rowElement.AppendChild(CellOf(Ref(r, c), value, shared, inlineStrings));
            }

            data.AppendChild(rowElement);
        }

        return data;
    }

    private static Cell CellOf(string reference, object value, List<string> shared, bool inlineStrings)
    {
        if (value is string text)
        {
            if (inlineStrings)
            {
                return new Cell(new InlineString(new Text(text))) { CellReference = reference, DataType = CellValues.InlineString };
            }

            var index = shared.IndexOf(text);
            if (index < 0)
            {
                shared.Add(text);
                index = shared.Count - 1;
            }

            return new Cell(new CellValue(index.ToString(CultureInfo.InvariantCulture))) { CellReference = reference, DataType = CellValues.SharedString };
        }

        var number = Convert.ToString(value, CultureInfo.InvariantCulture)!;
        return new Cell(new CellValue(number)) { CellReference = reference };
    }

    private static string Ref(int row, int column)
    {
        var letters = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }
}
