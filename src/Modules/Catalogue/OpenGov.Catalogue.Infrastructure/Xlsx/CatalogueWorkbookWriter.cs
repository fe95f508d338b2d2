using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenGov.Catalogue.Application.Catalogues;
using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Infrastructure.Xlsx;

/// <summary>
/// Writes catalogues in the official template layout (CAT-3): a title row, two header rows with the grouped
/// columns merged, then one row per item. Rows go through <see cref="OpenXmlWriter"/> so a county-wide export
/// never holds a DOM of its cells. A county-wide export adds the extension column 填报单位 (CAT-3 allows
/// extension columns) so rows from different units stay attributable even where 公开主体 is abbreviated.
/// </summary>
internal static class CatalogueWorkbookWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>序号 and the √ columns (全社会 … 乡级) read best centred.</summary>
    private static readonly HashSet<int> CentredColumns = [0, 8, 9, 10, 11, 12, 13];

    /// <summary>Merged ranges of the header rows (rows 2–3); the title merge depends on the column count.</summary>
    internal static readonly string[] MergedRanges =
        ["A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:J2", "K2:L2", "M2:N2"];

    internal const string UnitColumnHeader = "填报单位";

    private static readonly double[] Widths = [6, 14, 18, 30, 30, 20, 14, 22, 7, 12, 6, 7, 6, 6, 20];

    public static async Task WriteAsync(Stream output, IReadOnlyList<CatalogueExportSheet> sheets, bool withUnitColumn, CancellationToken ct = default)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        // Fast deflate: a county-wide export is over 100 MB of XML, which the default level compresses for seconds.
        document.CompressionOption = System.IO.Packaging.CompressionOption.Fast;
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = SpreadsheetParts.Styles();
        var sheetList = new Sheets();
        var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        uint sheetId = 1;
        foreach (var sheet in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            await WriteSheetAsync(part, sheet, withUnitColumn, ct);
            sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = SheetName(sheet.DomainName, usedNames) });
        }

        workbookPart.Workbook = new Workbook(sheetList);
    }

    private static async Task WriteSheetAsync(WorksheetPart part, CatalogueExportSheet sheet, bool withUnitColumn, CancellationToken ct)
    {
        var columns = CatalogueTemplate.ColumnCount + (withUnitColumn ? 1 : 0);
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());

        // Header rows stay in view while scrolling a long catalogue.
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 3, TopLeftCell = "A4", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A4", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A4" } })
        { WorkbookViewId = 0 }));
        writer.WriteStartElement(new Columns());
        for (var i = 0; i < columns; i++)
        {
            writer.WriteElement(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Widths[i], CustomWidth = true });
        }

        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, [sheet.Title, .. Enumerable.Repeat<string?>(null, columns - 1)], SpreadsheetParts.TitleStyle, height: 30);
        WriteRow(writer, 2, withUnitColumn ? [.. CatalogueTemplate.HeaderRow1, UnitColumnHeader] : CatalogueTemplate.HeaderRow1, SpreadsheetParts.HeaderStyle);
        WriteRow(writer, 3, withUnitColumn ? [.. CatalogueTemplate.HeaderRow2, null] : CatalogueTemplate.HeaderRow2, SpreadsheetParts.HeaderStyle);
        var rowIndex = (uint)CatalogueTemplate.FirstDataRow;
        var body = new TextRowWriter(writer, columns);
        var styles = BodyStyles(columns);
        await foreach (var row in sheet.Rows.WithCancellation(ct))
        {
            var cells = Cells(row.Item);
            body.Write(rowIndex++, withUnitColumn ? [.. cells, row.UnitName] : cells, styles);
        }

        writer.WriteEndElement();
        writer.WriteStartElement(new MergeCells());
        var last = CellReferences.ColumnName(columns - 1);
        string[] ranges = [$"A1:{last}1", .. MergedRanges, .. withUnitColumn ? new[] { $"{last}2:{last}3" } : []];
        foreach (var range in ranges)
        {
            writer.WriteElement(new MergeCell { Reference = range });
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static string?[] Cells(CatalogueItemDto item) =>
    [
        item.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
        item.FirstLevel,
        item.SecondLevel,
        item.Content,
        item.Basis,
        item.Deadline.Text,
        item.Subject,
        ChannelLabels.Join(item.Channels, item.OtherChannel),
        item.Audiences.Contains(DisclosureAudience.Public) ? CatalogueTemplate.Tick : "",
        item.Audiences.Contains(DisclosureAudience.SpecificGroup) ? CatalogueTemplate.TickWithGroup(item.SpecificGroup) : "",
        item.Methods.Contains(DisclosureMethod.Proactive) ? CatalogueTemplate.Tick : "",
        item.Methods.Contains(DisclosureMethod.OnRequest) ? CatalogueTemplate.Tick : "",
        item.Levels.Contains(DisclosureLevel.County) ? CatalogueTemplate.Tick : "",
        item.Levels.Contains(DisclosureLevel.Township) ? CatalogueTemplate.Tick : "",
    ];

    private static uint[] BodyStyles(int columns) =>
        [.. Enumerable.Range(0, columns).Select(i => CentredColumns.Contains(i) ? SpreadsheetParts.BodyCentredStyle : SpreadsheetParts.BodyStyle)];

    // Covered cells of a merge still get the style so the borders of the merged block are drawn.
    private static void WriteRow(OpenXmlWriter writer, uint rowIndex, IReadOnlyList<string?> values, uint style, double? height = null) =>
        SpreadsheetParts.WriteRow(writer, rowIndex, values.Select((value, i) => SpreadsheetParts.Text(
            i, rowIndex, value, style == SpreadsheetParts.BodyStyle && CentredColumns.Contains(i) ? SpreadsheetParts.BodyCentredStyle : style)), height);

    /// <summary>Excel sheet names: ≤31 chars, none of []:*?/\, unique in the workbook.</summary>
    private static string SheetName(string name, HashSet<string> used)
    {
        var clean = new string([.. name.Select(c => "[]:*?/\\".Contains(c) ? '_' : c)]).Trim();
        if (clean.Length == 0)
        {
            clean = "目录";
        }

        clean = clean.Length > 31 ? clean[..31] : clean;
        var candidate = clean;
        for (var n = 2; !used.Add(candidate); n++)
        {
            var suffix = $"({n})";
            candidate = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return candidate;
    }
}
