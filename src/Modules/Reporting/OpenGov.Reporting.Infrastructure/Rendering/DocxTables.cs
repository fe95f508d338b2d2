using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OpenGov.Reporting.Infrastructure.Rendering;

/// <summary>
/// Writes a <see cref="LayoutTable"/> as a Word table: a column span is one cell with GridSpan; a row span is a cell
/// with VerticalMerge restart followed, in each row it covers, by an empty cell with VerticalMerge continue (Word has
/// no rowspan). Single borders everywhere, as the template prints them.
/// </summary>
internal static class DocxTables
{
    /// <summary>The A4 text width between the GB/T 9704 margins, in twentieths of a point.</summary>
    public const int TextWidth = 8844;

    // Table 三 gives its label columns room for the long 其他处理 labels; the seven number columns share the rest.
    private static readonly IReadOnlyDictionary<string, int[]> Widths = new Dictionary<string, int[]>
    {
        [ReportTables.ProactiveId] = [2211, 2211, 2211, 2211],
        [ReportTables.ApplicationsId] = [800, 1300, 2460, 612, 612, 612, 612, 612, 612, 612],
        [ReportTables.RemediesId] = [.. Enumerable.Repeat(589, 15)],
    };

    public static Table Write(LayoutTable layout)
    {
        var widths = Widths[layout.Id];
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 40, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 40, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));

        var placed = layout.Place();
        for (var r = 0; r < placed.Count; r++)
        {
            var rowProperties = new TableRowProperties(new CantSplit());
            if (r < layout.HeaderRows)
            {
                rowProperties.Append(new TableHeader());
            }

            var row = new TableRow(rowProperties);
            row.Append(placed[r].Select(cell => Cell(cell, widths)));
            table.Append(row);
        }

        return table;
    }

    private static TableCell Cell(PlacedCell placed, int[] widths)
    {
        var cell = placed.Cell;
        var properties = new TableCellProperties(new TableCellWidth
        {
            Width = Twips(widths.Skip(placed.Column).Take(cell.ColumnSpan).Sum()),
            Type = TableWidthUnitValues.Dxa,
        });
        if (cell.ColumnSpan > 1)
        {
            properties.Append(new GridSpan { Val = cell.ColumnSpan });
        }

        if (placed.Continued)
        {
            properties.Append(new VerticalMerge { Val = MergedCellValues.Continue });
        }
        else if (cell.RowSpan > 1)
        {
            properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var text = placed.Continued ? string.Empty : cell.Text;
        return new TableCell(properties, DocxText.Cell(text, centred: cell.Role != CellRole.Label));
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
