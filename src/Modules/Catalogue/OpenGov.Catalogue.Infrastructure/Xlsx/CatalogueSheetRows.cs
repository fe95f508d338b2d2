using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Catalogues;
using OpenGov.Catalogue.Domain.Catalogues;
using Errors = OpenGov.Catalogue.Application.Catalogues.CatalogueImportErrors;

namespace OpenGov.Catalogue.Infrastructure.Xlsx;

/// <summary>
/// Collects a catalogue sheet's rows as they stream by and refuses the sheet as early as it can: wrong headers at
/// the first item row, too many rows at the first row over the limit; merged item cells once the merges are known.
/// </summary>
internal sealed class CatalogueSheetRows
{
    /// <summary>Columns A–O: O only to recognise a county export by its 填报单位 column.</summary>
    public const int Width = CatalogueTemplate.ColumnCount + 1;

    private readonly List<ImportedRow> _rows = [];
    private readonly List<ImportCellProblem> _problems = [];
    private readonly List<string> _mergedInData = [];
    private readonly string?[][] _headers = [new string?[Width], new string?[Width]];
    private bool _headersChecked;
    private bool _anyText;

    /// <summary>Takes one row's cell texts (A–O); a refusal stops the reading at once.</summary>
    public Error? Add(int rowNumber, string?[] cells)
    {
        // Extension columns (CAT-3) beyond N are not read, so text only there does not make an item row.
        var width = rowNumber < CatalogueTemplate.FirstDataRow ? Width : CatalogueTemplate.ColumnCount;
        if (cells.Take(width).All(string.IsNullOrWhiteSpace))
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
}
