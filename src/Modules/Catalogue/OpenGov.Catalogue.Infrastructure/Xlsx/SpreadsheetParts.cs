using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenGov.Catalogue.Infrastructure.Xlsx;

/// <summary>
/// What a Catalogue workbook writer needs besides its own layout: the shared cell styles (title, bordered header,
/// bordered body left and centred) and cells written through an <see cref="OpenXmlWriter"/>.
/// Every workbook of the module uses these styles, so every download looks alike.
/// </summary>
internal static class SpreadsheetParts
{
    public const uint TitleStyle = 1;
    public const uint HeaderStyle = 2;
    public const uint BodyStyle = 3;
    public const uint BodyCentredStyle = 4;

    public static Cell Text(int column, uint row, string? value, uint style)
    {
        var cell = new Cell { CellReference = CellReferences.ColumnName(column) + row, StyleIndex = style };
        if (!string.IsNullOrEmpty(value))
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(value));
        }

        return cell;
    }

    /// <summary>A count stored as a number, so the reader can sum and sort it in Excel.</summary>
    public static Cell Number(int column, uint row, int value, uint style) => new()
    {
        CellReference = CellReferences.ColumnName(column) + row,
        StyleIndex = style,
        DataType = CellValues.Number,
        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
    };

    public static void WriteRow(OpenXmlWriter writer, uint rowIndex, IEnumerable<Cell> cells, double? height = null)
    {
        var row = new Row { RowIndex = rowIndex };
        if (height is { } h)
        {
            row.Height = h;
            row.CustomHeight = true;
        }

        writer.WriteStartElement(row);
        foreach (var cell in cells)
        {
            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    public static Stylesheet Styles()
    {
        var border = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        return new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 11 }),
                new Font(new Bold(), new FontSize { Val = 16 }),
                new Font(new Bold(), new FontSize { Val = 11 })) { Count = 3 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), border) { Count = 2 },
            new CellFormats(
                new CellFormat(),
                Format(fontId: 1, borderId: 0, HorizontalAlignmentValues.Center),
                Format(fontId: 2, borderId: 1, HorizontalAlignmentValues.Center),
                Format(fontId: 0, borderId: 1, HorizontalAlignmentValues.Left),
                Format(fontId: 0, borderId: 1, HorizontalAlignmentValues.Center)) { Count = 5 });
    }

    private static CellFormat Format(uint fontId, uint borderId, HorizontalAlignmentValues horizontal) => new(
        new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = true })
    {
        FontId = fontId,
        FillId = 0,
        BorderId = borderId,
        ApplyFont = true,
        ApplyBorder = true,
        ApplyAlignment = true,
    };
}
