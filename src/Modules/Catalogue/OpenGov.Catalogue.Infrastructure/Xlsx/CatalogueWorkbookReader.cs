using System.Globalization;
using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Application.Catalogues;
using OpenGov.Catalogue.Domain.Catalogues;
using Errors = OpenGov.Catalogue.Application.Catalogues.CatalogueImportErrors;

namespace OpenGov.Catalogue.Infrastructure.Xlsx;

/// <summary>
/// Reads the first worksheet of a workbook in the layout <see cref="CatalogueWorkbookWriter"/> writes for one unit
/// (CAT-3): title row, the two header rows, then one item per row. The package is opened with the Open XML SDK and
/// the sheet streamed row by row, never loaded whole. Shared strings are accepted because Excel and WPS turn the
/// writer's inline strings into shared ones when the file is saved again.
/// </summary>
internal sealed class CatalogueWorkbookReader : ICatalogueWorkbookReader
{
    /// <summary>
    /// A cap on the unzipped size of each part: a 10,000-item catalogue with long texts stays far below it, a zip bomb
    /// does not.
    /// </summary>
    private const long MaxCharactersInPart = 150_000_000;

    /// <summary>No DTDs (no entity expansion, no external fetches) and the same cap per part as the package.</summary>
    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharactersInPart,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private static readonly Error NotXlsx = Errors.File(Errors.NotXlsx, "文件不是有效的 Excel 工作簿（.xlsx），请上传按标准目录模板填写的 .xlsx 文件");

    public Result<CatalogueWorkbookContent> Read(Stream workbook)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(workbook, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            return ReadFirstSheet(document);
        }
        catch (Exception ex) when (IsUnreadableFile(ex))
        {
            // Whatever an upload holds, a broken or foreign file is the sender's problem (400), never ours.
            return NotXlsx;
        }
    }

    private static bool IsUnreadableFile(Exception ex) => ex is OpenXmlPackageException or FileFormatException or InvalidDataException
        or IOException or XmlException or FormatException or InvalidOperationException or ArgumentException or NotSupportedException
        or OverflowException or KeyNotFoundException or IndexOutOfRangeException or UriFormatException;

    private static Result<CatalogueWorkbookContent> ReadFirstSheet(SpreadsheetDocument document)
    {
        var workbookPart = document.WorkbookPart;
        if (workbookPart?.Workbook is null)
        {
            return NotXlsx;
        }

        var sheet = workbookPart.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (sheet?.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart worksheet)
        {
            return Errors.File(Errors.Empty, "工作簿中没有工作表");
        }

        var sheetRows = new CatalogueSheetRows();
        return StreamRows(worksheet, SharedStrings(workbookPart.SharedStringTablePart), sheetRows) ?? sheetRows.Finish();
    }

    /// <summary>
    /// Walks the sheet's XML with a plain <see cref="XmlReader"/>: <see cref="OpenXmlReader"/> builds an element per
    /// node and was six times slower on a 5,000-row catalogue. A row's cell texts are gathered as they pass and handed
    /// on when the row ends.
    /// </summary>
    private static Error? StreamRows(WorksheetPart worksheet, List<string> strings, CatalogueSheetRows sheet)
    {
        using var stream = worksheet.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, XmlSettings);
        string?[]? cells = null;
        var rowNumber = 0;
        var column = -1;
        var position = 0;
        var shared = false;
        var phonetic = false;
        StringBuilder? text = null;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    switch (xml.LocalName)
                    {
                        case "row":
                            if (cells is not null && sheet.Add(rowNumber, cells) is { } refused)
                            {
                                return refused;
                            }

                            rowNumber = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
                            cells = xml.IsEmptyElement ? null : new string?[CatalogueSheetRows.Width];
                            position = 0;
                            break;
                        case "c":
                            column = xml.GetAttribute("r") is { } reference ? CellReferences.Column(reference) : position;
                            position = column + 1;
                            shared = xml.GetAttribute("t") == "s";
                            break;
                        case "rPh":
                            phonetic = !xml.IsEmptyElement;
                            break;
                        case "v" or "t" when cells is not null && !phonetic && !xml.IsEmptyElement:
                            text = new StringBuilder();
                            break;
                        case "mergeCell":
                            sheet.AddMerge(xml.GetAttribute("ref"));
                            break;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    text?.Append(xml.Value);
                    break;
                case XmlNodeType.EndElement:
                    switch (xml.LocalName)
                    {
                        case "row":
                            if (cells is not null && sheet.Add(rowNumber, cells) is { } refused)
                            {
                                return refused;
                            }

                            cells = null;
                            break;
                        case "rPh":
                            phonetic = false;
                            break;
                        case "v" when text is not null && cells is not null:
                            Append(cells, column, shared ? strings[int.Parse(text.ToString(), CultureInfo.InvariantCulture)] : text.ToString());
                            text = null;
                            break;
                        case "t" when text is not null && cells is not null:
                            Append(cells, column, text.ToString());
                            text = null;
                            break;
                    }

                    break;
            }
        }

        return cells is null ? null : sheet.Add(rowNumber, cells);
    }

    /// <summary>Shared strings (plain or rich text), without the phonetic runs some editors add to East Asian text.</summary>
    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, XmlSettings);
        StringBuilder? current = null;
        var inText = false;
        var phonetic = false;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "si":
                    current = new StringBuilder();
                    if (xml.IsEmptyElement)
                    {
                        strings.Add("");
                        current = null;
                    }

                    break;
                case XmlNodeType.Element when xml.LocalName == "rPh":
                    phonetic = !xml.IsEmptyElement;
                    break;
                case XmlNodeType.Element when xml.LocalName == "t":
                    inText = !xml.IsEmptyElement && !phonetic;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText:
                    current?.Append(xml.Value);
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "t":
                    inText = false;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "rPh":
                    phonetic = false;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "si" && current is not null:
                    strings.Add(current.ToString());
                    current = null;
                    break;
            }
        }

        return strings;
    }

    /// <summary>Rich text arrives in runs: a cell's pieces are joined.</summary>
    private static void Append(string?[] cells, int column, string text)
    {
        if (column >= 0 && column < cells.Length && text.Length > 0)
        {
            cells[column] += text;
        }
    }
}
