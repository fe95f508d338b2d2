using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenGov.Catalogue.Application.Coverage;
using static OpenGov.Catalogue.Infrastructure.Xlsx.SpreadsheetParts;

namespace OpenGov.Catalogue.Infrastructure.Xlsx;

/// <summary>
/// Writes the coverage matrix as one sheet: a title row, a header row naming 单位 and each domain (merged over its
/// three columns), a row of 事项数 / 已公开 / 逾期 under every domain, then one row per unit with the counts as numbers.
/// </summary>
internal static class CoverageWorkbookWriter
{
    public const string SheetName = "目录覆盖情况";

    /// <summary>The sub-columns under every domain, in the order the cells are written.</summary>
    internal static readonly string[] SubColumns = ["事项数", "已公开", "逾期"];

    internal const string UnitHeader = "单位";

    public static void Write(Stream output, CoverageMatrixDto matrix)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var part = workbookPart.AddNewPart<WorksheetPart>();
        WriteSheet(part, matrix);
        workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = 1, Name = SheetName }));
    }

    public static string Title(CoverageMatrixDto matrix) => $"{matrix.ScopeName}政务公开目录覆盖情况";

    private static void WriteSheet(WorksheetPart part, CoverageMatrixDto matrix)
    {
        var columns = 1 + (matrix.Domains.Count * SubColumns.Length);
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());

        // Unit names and the two header rows stay in view while scrolling across 26 domains.
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { HorizontalSplit = 1, VerticalSplit = 3, TopLeftCell = "B4", ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomRight, ActiveCell = "B4", SequenceOfReferences = new ListValue<StringValue> { InnerText = "B4" } })
        { WorkbookViewId = 0 }));
        writer.WriteStartElement(new Columns());
        writer.WriteElement(new Column { Min = 1, Max = 1, Width = 28, CustomWidth = true });
        if (columns > 1)
        {
            writer.WriteElement(new Column { Min = 2, Max = (uint)columns, Width = 8, CustomWidth = true });
        }

        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, Enumerable.Range(0, columns).Select(c => Text(c, 1, c == 0 ? Title(matrix) : null, TitleStyle)), height: 30);
        WriteRow(writer, 2, Enumerable.Range(0, columns).Select(c => Text(c, 2, DomainHeader(matrix, c), HeaderStyle)));
        WriteRow(writer, 3, Enumerable.Range(0, columns).Select(c => Text(c, 3, c == 0 ? null : SubColumns[(c - 1) % SubColumns.Length], HeaderStyle)));
        uint rowIndex = 4;
        foreach (var unit in matrix.Units)
        {
            var row = rowIndex++;
            WriteRow(writer, row, [
                Text(0, row, unit.UnitName, BodyStyle),
                .. unit.Cells.SelectMany((cell, d) => new[] { cell.Items, cell.Published, cell.Overdue }
                    .Select((value, k) => Number(1 + (d * SubColumns.Length) + k, row, value, BodyCentredStyle))),
            ]);
        }

        writer.WriteEndElement();
        writer.WriteStartElement(new MergeCells());
        foreach (var range in MergedRanges(matrix.Domains.Count))
        {
            writer.WriteElement(new MergeCell { Reference = range });
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    // Only the first column of a domain's block names it; the other two are covered by the merge.
    private static string? DomainHeader(CoverageMatrixDto matrix, int column) =>
        column == 0 ? UnitHeader : (column - 1) % SubColumns.Length == 0 ? matrix.Domains[(column - 1) / SubColumns.Length].Name : null;

    /// <summary>The title across the sheet, 单位 over both header rows, each domain over its three columns.</summary>
    internal static IEnumerable<string> MergedRanges(int domainCount)
    {
        var last = CellReferences.ColumnName(domainCount * SubColumns.Length);
        if (domainCount > 0)
        {
            yield return $"A1:{last}1";
        }

        yield return "A2:A3";
        for (var d = 0; d < domainCount; d++)
        {
            var first = 1 + (d * SubColumns.Length);
            yield return $"{CellReferences.ColumnName(first)}2:{CellReferences.ColumnName(first + SubColumns.Length - 1)}2";
        }
    }
}
