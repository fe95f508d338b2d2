using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Template;

namespace OpenGov.Reporting.Infrastructure.Import.Xlsx;

/// <summary>
/// Table 四 (annual-report.md §5): the header rows carrying “结果维持” (two in the template, one in a flattened copy),
/// then the 15 numbers on the next row, from the first “结果维持” column on.
/// </summary>
internal static class RemedyTableReader
{
    private const string Table = "表四";
    private const int Groups = 3;

    private static readonly string Upheld = RemedyTableLabels.Results[0];

    public static IReadOnlyList<int>? Read(IReadOnlyList<SheetGrid> sheets, ImportLog log)
    {
        foreach (var sheet in sheets)
        {
            var upheld = sheet.Cells.Where(c => !c.IsNumber && LabelText.Normalize(c.Text) == Upheld).ToList();
            if (upheld.Count == 0)
            {
                continue;
            }

            // The template's header has 结果维持 once on its second row and twice on its third.
            var firstRow = upheld.Min(c => c.Row);
            var labelCells = upheld.Where(c => c.Row <= firstRow + 1).ToList();
            var cells = new NumberCells(log, Table, sheet, sheets.Count > 1);
            if (labelCells.Count != Groups)
            {
                log.Problem(cells.Where(firstRow), $"表头应有 3 处“{Upheld}”（行政复议、未经复议直接起诉、复议后起诉），实有 {labelCells.Count} 处");
                return null;
            }

            var numbersRow = labelCells.Max(c => c.Row) + 1;
            var columns = Enumerable.Range(0, ReportContent.RemedyCells).Select(ColumnName).ToList();
            return cells.Ints(numbersRow, labelCells.Min(c => c.Column), columns, "数据行");
        }

        log.Problem(Table, $"未找到表格“{TemplateLabels.Remedies}”：没有识别出“{Upheld}”等列标题");
        return null;
    }

    private static string ColumnName(int i)
    {
        var group = (i / 5) switch
        {
            0 => RemedyTableLabels.Reconsideration,
            1 => RemedyTableLabels.DirectLitigation,
            _ => RemedyTableLabels.LitigationAfterReconsideration,
        };
        return $"{group}·{RemedyTableLabels.Results[i % 5]}";
    }
}
