using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Template;

namespace OpenGov.Reporting.Infrastructure.Import.Xlsx;

/// <summary>
/// Table 二 (annual-report.md §3), or its 2019 form (§8): each row label's numbers are read from the columns its
/// block's “信息内容” header row names, so both layouts and merged or unmerged cells read the same way.
/// </summary>
internal static class ProactiveTableReader
{
    private const string Table = "表二";
    private const int HeaderSearchRows = 4;
    private const string OldDecisions = "处理决定数量";
    private const string OldNewMade = "本年新制作数量";
    private const string OldNewPublished = "本年新公开数量";
    private const string OldTotalPublic = "对外公开总数量";
    private const string FeeAmountPrefix = "本年收费金额";

    private static readonly string[] RowLabels =
    [
        ProactiveTableLabels.Rules, ProactiveTableLabels.NormativeDocuments, ProactiveTableLabels.Licensing,
        ProactiveTableLabels.Penalty, ProactiveTableLabels.Compulsion, ProactiveTableLabels.AdministrativeFees,
    ];

    private static readonly LabelMatcher<string> Rows = BuildRows();

    private static readonly string[] Headers =
    [
        ProactiveTableLabels.Content, ProactiveTableLabels.Issued, ProactiveTableLabels.Repealed, ProactiveTableLabels.InForce,
        ProactiveTableLabels.Decisions, OldDecisions, OldNewMade, OldNewPublished, OldTotalPublic,
    ];

    public static ProactiveFigures? Read(IReadOnlyList<SheetGrid> sheets, ImportLog log)
    {
        var best = sheets
            .Select(s => (Sheet: s, Found: Find(s)))
            .OrderByDescending(x => x.Found.Count)
            .FirstOrDefault();
        if (best.Sheet is null || best.Found.Count == 0)
        {
            log.Problem(Table, $"未找到表格“{TemplateLabels.Proactive}”：没有识别出“规章”“行政许可”等行标签");
            return null;
        }

        var cells = new NumberCells(log, Table, best.Sheet, sheets.Count > 1);
        foreach (var label in RowLabels.Where(l => !best.Found.ContainsKey(l)))
        {
            log.Problem(Table, $"未找到“{label}”一行");
        }

        foreach (var (row, match) in best.Found.Values)
        {
            cells.NoteLabel(row.Row, match);
        }

        var rules = Documents(cells, best.Found, ProactiveTableLabels.Rules, log);
        var normative = Documents(cells, best.Found, ProactiveTableLabels.NormativeDocuments, log);
        return new ProactiveFigures(
            rules[0], rules[1], rules[2], normative[0], normative[1], normative[2],
            Decisions(cells, best.Found, ProactiveTableLabels.Licensing, log),
            Decisions(cells, best.Found, ProactiveTableLabels.Penalty, log),
            Decisions(cells, best.Found, ProactiveTableLabels.Compulsion, log),
            Fees(cells, best.Found, log));
    }

    private static Dictionary<string, (GridCell Cell, LabelMatch<string> Match)> Find(SheetGrid sheet)
    {
        var found = new Dictionary<string, (GridCell, LabelMatch<string>)>(StringComparer.Ordinal);
        foreach (var cell in sheet.Cells.Where(c => !c.IsNumber).OrderBy(c => c.Row).ThenBy(c => c.Column))
        {
            if (Rows.Match(cell.Text) is { } match)
            {
                found.TryAdd(match.Value, (cell, match));
            }
        }

        return found;
    }

    // 规章 / 行政规范性文件: 本年制发、本年废止、现行有效 (2019: 本年新制作、—、对外公开总数量).
    private static int[] Documents(NumberCells cells, Dictionary<string, (GridCell Cell, LabelMatch<string> Match)> found, string label, ImportLog log)
    {
        if (!found.TryGetValue(label, out var at))
        {
            return [0, 0, 0];
        }

        var row = at.Cell.Row;
        var header = HeaderColumns(cells.Sheet, row);
        if (header.TryGetValue(ProactiveTableLabels.Issued, out var issued)
            && header.TryGetValue(ProactiveTableLabels.Repealed, out var repealed)
            && header.TryGetValue(ProactiveTableLabels.InForce, out var inForce))
        {
            return
            [
                cells.Int(row, issued, label, ProactiveTableLabels.Issued),
                cells.Int(row, repealed, label, ProactiveTableLabels.Repealed),
                cells.Int(row, inForce, label, ProactiveTableLabels.InForce),
            ];
        }

        if (header.TryGetValue(OldNewMade, out var newMade) && header.TryGetValue(OldTotalPublic, out var totalPublic))
        {
            log.Note($"{Table}为2019年格式：“{OldNewMade}”计为“{ProactiveTableLabels.Issued}”，“{OldTotalPublic}”计为“{ProactiveTableLabels.InForce}”，" +
                     $"“{OldNewPublished}”不计入；旧格式没有“{ProactiveTableLabels.Repealed}”，按0计");
            return [cells.Int(row, newMade, label, OldNewMade), 0, cells.Int(row, totalPublic, label, OldTotalPublic)];
        }

        log.Note($"{cells.Where(row)}“{label}”上方没有识别出列标题，按模板顺序（本年制发、本年废止、现行有效）读取右侧 3 列");
        var first = cells.Sheet.LastColumnOf(at.Cell) + 1;
        return
        [
            cells.Int(row, first, label, ProactiveTableLabels.Issued),
            cells.Int(row, first + 1, label, ProactiveTableLabels.Repealed),
            cells.Int(row, first + 2, label, ProactiveTableLabels.InForce),
        ];
    }

    // 行政许可 / 行政处罚 / 行政强制: 本年处理决定数量 (2019: the 处理决定数量 column after 上一年项目数量 and 本年增/减).
    private static int Decisions(NumberCells cells, Dictionary<string, (GridCell Cell, LabelMatch<string> Match)> found, string label, ImportLog log)
    {
        if (!found.TryGetValue(label, out var at))
        {
            return 0;
        }

        var row = at.Cell.Row;
        var header = HeaderColumns(cells.Sheet, row);
        if (header.TryGetValue(ProactiveTableLabels.Decisions, out var column))
        {
            return cells.Int(row, column, label, ProactiveTableLabels.Decisions);
        }

        if (header.TryGetValue(OldDecisions, out column))
        {
            log.Note($"{Table}为2019年格式：“{OldDecisions}”列计为“{ProactiveTableLabels.Decisions}”");
            return cells.Int(row, column, label, OldDecisions);
        }

        log.Note($"{cells.Where(row)}“{label}”上方没有识别出列标题“{ProactiveTableLabels.Decisions}”，读取右侧第一列");
        return cells.Int(row, cells.Sheet.LastColumnOf(at.Cell) + 1, label, ProactiveTableLabels.Decisions);
    }

    // 行政事业性收费: 本年收费金额（万元）; the 2019 block had only item counts, so there is no amount to import.
    private static decimal Fees(NumberCells cells, Dictionary<string, (GridCell Cell, LabelMatch<string> Match)> found, ImportLog log)
    {
        const string label = ProactiveTableLabels.AdministrativeFees;
        if (!found.TryGetValue(label, out var at))
        {
            return 0;
        }

        var row = at.Cell.Row;
        var headerRow = HeaderRow(cells.Sheet, row);
        var amount = headerRow?.FirstOrDefault(c => LabelText.Normalize(c.Text).StartsWith(FeeAmountPrefix, StringComparison.Ordinal));
        if (amount is not null)
        {
            return cells.Decimal(row, amount.Column, label, ProactiveTableLabels.FeeAmount);
        }

        if (headerRow is not null)
        {
            log.Note($"{Table}为2019年格式：“{label}”只有项目数量，没有收费金额，按0计");
            return 0;
        }

        log.Note($"{cells.Where(row)}“{label}”上方没有识别出列标题，读取右侧第一列为收费金额（万元）");
        return cells.Decimal(row, cells.Sheet.LastColumnOf(at.Cell) + 1, label, ProactiveTableLabels.FeeAmount);
    }

    /// <summary>The block's header row: the nearest row above with a “信息内容” cell.</summary>
    private static List<GridCell>? HeaderRow(SheetGrid sheet, int row)
    {
        for (var r = row - 1; r >= Math.Max(1, row - HeaderSearchRows); r--)
        {
            var cells = sheet.RowCells(r).Where(c => !c.IsNumber).ToList();
            if (cells.Any(c => LabelText.Normalize(c.Text) == ProactiveTableLabels.Content))
            {
                return cells;
            }
        }

        return null;
    }

    private static Dictionary<string, int> HeaderColumns(SheetGrid sheet, int row)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in HeaderRow(sheet, row) ?? [])
        {
            var text = LabelText.Normalize(cell.Text);
            if (Headers.FirstOrDefault(h => LabelText.Normalize(h) == text) is { } header)
            {
                columns.TryAdd(header, cell.Column);
            }
        }

        return columns;
    }

    private static LabelMatcher<string> BuildRows()
    {
        var matcher = new LabelMatcher<string>();
        foreach (var label in RowLabels)
        {
            matcher.Add(label, label);
        }

        // The 2019 template's label, also seen in later reports (annual-report.md §3, §8).
        return matcher.AddVariant("规范性文件", ProactiveTableLabels.NormativeDocuments, ProactiveTableLabels.NormativeDocuments);
    }
}
