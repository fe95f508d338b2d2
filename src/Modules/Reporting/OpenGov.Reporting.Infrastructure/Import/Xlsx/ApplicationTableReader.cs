using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Template;

namespace OpenGov.Reporting.Infrastructure.Import.Xlsx;

/// <summary>
/// Table 三 (annual-report.md §4): finds the 25 body rows by their labels and reads the 7 numbers after the label cells.
/// Also reads the 2019 layout, where （六）其他处理 is a single row (§8).
/// </summary>
internal static class ApplicationTableReader
{
    private const string Table = "表三";
    private const string OtherGroup = "（六）其他处理";
    private const int HeaderRowsAbove = 5;

    private static readonly LabelMatcher<Label> Labels = BuildLabels();
    private static readonly ApplicationRowLayout OldOtherTarget = ApplicationTableLabels.Rows.Single(r => r.Key == "Other.Other");

    public static IReadOnlyList<ApplicationRowFigures>? Read(IReadOnlyList<SheetGrid> sheets, ImportLog log)
    {
        foreach (var sheet in sheets)
        {
            var rows = Identify(sheet);
            // A few recognised rows make a table; one stray label elsewhere does not.
            if (rows.Count(r => r.Layout is not null) >= 3)
            {
                return ReadRows(new NumberCells(log, Table, sheet, sheets.Count > 1), rows, log);
            }
        }

        log.Problem(Table, $"未找到表格“{TemplateLabels.Applications}”：没有识别出“一、本年新收政府信息公开申请数量”等行标签");
        return null;
    }

    private static List<FoundRow> Identify(SheetGrid sheet)
    {
        var found = new List<FoundRow>();
        foreach (var group in sheet.Cells.Where(c => !c.IsNumber).GroupBy(c => c.Row).OrderBy(g => g.Key))
        {
            var matches = group.Select(c => (Cell: c, Match: Labels.Match(c.Text))).Where(x => x.Match is not null).ToList();
            if (matches.Count == 0)
            {
                continue;
            }

            // The most specific label names the row: “1.属于国家秘密” beats “（三）不予公开” and “三、本年度办理结果” beside it.
            var best = matches.Where(x => x.Match!.Value.Row is not null).OrderByDescending(x => x.Match!.Value.Level).FirstOrDefault();
            var oldOther = best.Match is null && matches.Any(x => x.Match!.Value.Group == OtherGroup);
            found.Add(new FoundRow(
                group.Key,
                best.Match?.Value.Row ?? (oldOther ? OldOtherTarget : null),
                oldOther,
                matches.Select(x => x.Match!).ToList(),
                matches.Max(x => sheet.LastColumnOf(x.Cell))));
        }

        return found;
    }

    private static IReadOnlyList<ApplicationRowFigures> ReadRows(NumberCells cells, List<FoundRow> rows, ImportLog log)
    {
        var firstColumn = DataColumn(cells, rows, log);
        var values = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var oldFormat = false;
        foreach (var row in rows)
        {
            foreach (var match in row.Matches)
            {
                cells.NoteLabel(row.Number, match);
            }

            if (row.Layout is null)
            {
                // A group label on a row of its own: fine when it carries no numbers.
                if (Enumerable.Range(firstColumn, ReportContent.ApplicationColumns).Any(c => cells.Sheet.At(row.Number, c) is not null))
                {
                    log.Problem(cells.Where(row.Number), $"“{row.Matches[0].Canonical}”所在行有数字，但没有小项标签，无法判断应计入哪一行");
                }

                continue;
            }

            if (row.IsOldOther)
            {
                oldFormat = true;
                log.Note($"{cells.Where(row.Number)}“{OtherGroup}”为2019年格式的单行，已计入“{OldOtherTarget.Label}”");
            }

            var figures = cells.Ints(row.Number, firstColumn, ApplicationTableLabels.Columns, row.Layout.Label);
            if (!values.TryAdd(row.Layout.Key, figures))
            {
                log.Problem(cells.Where(row.Number), $"“{row.Layout.Label}”一行重复出现");
            }
        }

        foreach (var layout in ApplicationTableLabels.Rows.Where(r => !values.ContainsKey(r.Key)))
        {
            if (oldFormat && layout.Key is "Other.NoCorrection" or "Other.FeeUnpaid")
            {
                log.Note($"{Table}为2019年格式，没有“{layout.Label}”一行，按0计");
            }
            else
            {
                log.Problem(Table, $"未找到“{layout.Label}”一行");
            }
        }

        return
        [
            .. ApplicationTableLabels.Rows.Select(r =>
                new ApplicationRowFigures(r.Key, values.GetValueOrDefault(r.Key) ?? new int[ReportContent.ApplicationColumns])),
        ];
    }

    // The first number column: under the 自然人 header when there is one, else just right of the widest label cells.
    private static int DataColumn(NumberCells cells, List<FoundRow> rows, ImportLog log)
    {
        var top = rows[0].Number;
        var header = cells.Sheet.Cells
            .Where(c => !c.IsNumber && c.Row < top && c.Row >= top - HeaderRowsAbove)
            .ToList();
        var natural = header.FirstOrDefault(c => LabelText.Normalize(c.Text) == ApplicationTableLabels.Columns[0]);
        if (natural is null)
        {
            var column = rows.Max(r => r.LabelEnd) + 1;
            log.Note($"{Table}没有识别出列标题“自然人”，按行标签右侧的 7 列读取");
            return column;
        }

        for (var i = 1; i < ApplicationTableLabels.Columns.Count; i++)
        {
            var name = ApplicationTableLabels.Columns[i];
            var cell = header.FirstOrDefault(c => LabelText.Normalize(c.Text) == name);
            if (cell is not null && cell.Column != natural.Column + i)
            {
                log.Problem(cells.Where(cell.Row), $"列标题“{name}”的位置与模板不同（模板依次为{string.Join("、", ApplicationTableLabels.Columns)}）");
            }
        }

        return natural.Column;
    }

    private static LabelMatcher<Label> BuildLabels()
    {
        var matcher = new LabelMatcher<Label>();
        foreach (var layout in ApplicationTableLabels.Rows)
        {
            var level = layout.Column3 is not null ? 3 : layout.Column2 is not null ? 2 : 1;
            matcher.Add(layout.Label, new Label(layout, level, null));
        }

        foreach (var group in ApplicationTableLabels.GroupRowSpans.Keys.Append(ApplicationTableLabels.ResultsGroup))
        {
            matcher.Add(group, new Label(null, 0, group));
        }

        // annual-report.md §6: a typo seen in a published report.
        var otherLaw = ApplicationTableLabels.Rows.Single(r => r.Key == "Refused.OtherLawForbids");
        matcher.AddVariant("2.其他法律行政止公开", otherLaw.Label, new Label(otherLaw, 3, null));
        return matcher;
    }

    /// <summary>A label of table 三: a body row (with how specific its column is) or a group heading.</summary>
    private sealed record Label(ApplicationRowLayout? Row, int Level, string? Group);

    private sealed record FoundRow(int Number, ApplicationRowLayout? Layout, bool IsOldOther, List<LabelMatch<Label>> Matches, int LabelEnd);
}
