using System.IO.Packaging;
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
/// (CAT-3): title row, the two header rows, then one item per row. Rows are read one at a time with
/// <see cref="OpenXmlReader"/>; shared strings are accepted because Excel and WPS turn the writer's inline strings
/// into shared ones when the file is saved again.
/// </summary>
internal sealed class CatalogueWorkbookReader : ICatalogueWorkbookReader
{
    /// <summary>
    /// A cap on the unzipped size of each part: a 10,000-item catalogue with long texts stays far below it, a zip bomb
    /// does not.
    /// </summary>
    private const long MaxCharactersInPart = 150_000_000;

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

        var strings = SharedStrings(workbookPart.SharedStringTablePart);
        var sheetReader = new SheetReader(strings);
        using (var reader = OpenXmlReader.Create(worksheet))
        {
            while (reader.Read())
            {
                if (!reader.IsStartElement)
                {
                    continue;
                }

                if (reader.ElementType == typeof(Row))
                {
                    if (sheetReader.Add((Row)reader.LoadCurrentElement()!) is { } refused)
                    {
                        return refused;
                    }
                }
                else if (reader.ElementType == typeof(MergeCell))
                {
                    sheetReader.AddMerge(((MergeCell)reader.LoadCurrentElement()!).Reference?.Value);
                }
            }
        }

        return sheetReader.Finish();
    }

    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(TextOf((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }

        return strings;
    }

    /// <summary>Plain or rich text, without the phonetic runs (rPh) some editors add to East Asian text.</summary>
    internal static string TextOf(OpenXmlElement text) =>
        text.GetFirstChild<Text>()?.Text ?? string.Concat(text.Elements<Run>().Select(r => r.Text?.Text));

    /// <summary>Collects rows as they stream by and refuses the sheet as early as it can.</summary>
    private sealed class SheetReader(List<string> strings)
    {
        private readonly List<ImportedRow> _rows = [];
        private readonly List<ImportCellProblem> _problems = [];
        private readonly List<string> _mergedInData = [];
        private readonly string?[][] _headers = [new string?[CatalogueTemplate.ColumnCount + 1], new string?[CatalogueTemplate.ColumnCount + 1]];
        private bool _headersChecked;
        private bool _anyText;
        private int _lastRow;

        public Error? Add(Row row)
        {
            var rowNumber = row.RowIndex?.Value is { } index ? (int)index : _lastRow + 1;
            _lastRow = rowNumber;
            var cells = Cells(row);
            if (cells is null)
            {
                return null;
            }

            _anyText = true;
            if (rowNumber < CatalogueTemplate.FirstDataRow)
            {
                if (rowNumber >= 2)
                {
                    _headers[rowNumber - 2] = cells;
                }

                return null;
            }

            if (CheckHeaders() is { } wrong)
            {
                return wrong;
            }

            if (_rows.Count == UnitCatalogue.MaxItems)
            {
                return Errors.File(Errors.TooManyRows, $"一个领域的目录最多 {UnitCatalogue.MaxItems} 个事项，文件中的事项行超过了这个数");
            }

            _rows.Add(new ImportedRow(rowNumber, CatalogueRowParser.Parse(rowNumber, cells, _problems)));
            return null;
        }

        public void AddMerge(string? reference)
        {
            if (reference is not null && CellReferences.Range(reference) is { } range && range.LastRow >= CatalogueTemplate.FirstDataRow)
            {
                _mergedInData.Add(reference);
            }
        }

        public Result<CatalogueWorkbookContent> Finish()
        {
            if (!_anyText)
            {
                return Errors.File(Errors.Empty, "工作表是空的，请按标准目录模板填写后再导入");
            }

            if (CheckHeaders() is { } wrong)
            {
                return wrong;
            }

            if (_mergedInData.Count > 0)
            {
                return Errors.Places(Errors.MergedCells, "事项行中有合并单元格，请取消合并并在每一行填写完整后再导入",
                    _mergedInData.Select(r => ($"cells[{r}]", $"{r} 是合并单元格，每个事项须单独一行填写")));
            }

            if (_rows.Count == 0)
            {
                return Errors.File(Errors.Empty, $"第 {CatalogueTemplate.FirstDataRow} 行起没有事项，请填写事项后再导入");
            }

            return new CatalogueWorkbookContent(_rows, _problems);
        }

        /// <summary>Rows 2 and 3 must read exactly as the writer prints them; each wrong cell is named.</summary>
        private Error? CheckHeaders()
        {
            if (_headersChecked)
            {
                return null;
            }

            _headersChecked = true;
            var wrong = new List<(string Field, string Message)>();
            string?[][] expected = [CatalogueTemplate.HeaderRow1, CatalogueTemplate.HeaderRow2];
            for (var r = 0; r < expected.Length; r++)
            {
                for (var c = 0; c < CatalogueTemplate.ColumnCount; c++)
                {
                    var actual = _headers[r][c]?.Trim() ?? "";
                    var want = expected[r][c] ?? "";
                    if (!SameHeader(actual, want))
                    {
                        var cell = $"{CellReferences.ColumnName(c)}{r + 2}";
                        wrong.Add(($"headers[{cell}]", want.Length == 0
                            ? $"{cell} 应为空（属于上方或左侧的合并表头），实际为“{actual}”"
                            : $"{cell} 应为“{want}”，实际为“{actual}”"));
                    }
                }
            }

            if (_headers[0][CatalogueTemplate.ColumnCount]?.Trim() == CatalogueWorkbookWriter.UnitColumnHeader)
            {
                wrong.Add(($"headers[{CellReferences.ColumnName(CatalogueTemplate.ColumnCount)}2]",
                    "这是全县汇总导出的文件（含“填报单位”列），请使用本单位按领域导出的文件"));
            }

            return wrong.Count == 0 ? null : Errors.Places(Errors.WrongHeaders,
                "表头与标准目录模板不一致（第 2、3 行），请使用“导出单位目录”得到的模板填写", wrong);
        }

        private static bool SameHeader(string actual, string expected) =>
            actual == expected || actual.Replace('(', '（').Replace(')', '）').Replace(" ", "", StringComparison.Ordinal) == expected;

        /// <summary>Texts of columns A–O (O only to recognise a county export), or null for a row without any text.</summary>
        private string?[]? Cells(Row row)
        {
            var cells = new string?[CatalogueTemplate.ColumnCount + 1];
            var any = false;
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? CellReferences.Column(reference) : position;
                position = column + 1;
                if (column < 0 || column >= cells.Length)
                {
                    continue;
                }

                var text = Text(cell);
                if (!string.IsNullOrWhiteSpace(text))
                {
                    cells[column] = text;
                    any = true;
                }
            }

            return any ? cells : null;
        }

        private string? Text(Cell cell)
        {
            if (cell.DataType?.Value == CellValues.InlineString)
            {
                return cell.InlineString is null ? null : TextOf(cell.InlineString);
            }

            var value = cell.CellValue?.Text;
            if (cell.DataType?.Value == CellValues.SharedString && value is not null)
            {
                var index = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                return index >= 0 && index < strings.Count ? strings[index] : throw new InvalidDataException("shared string index out of range");
            }

            return value;
        }
    }
}
