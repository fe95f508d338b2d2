using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Template;

namespace OpenGov.Reporting.Tests.Import;

/// <summary>One body row of table 三 as printed: up to three label cells and seven values (null = blank cell).</summary>
internal sealed record BodyRow(string? C1, string? C2, string? C3, object?[] Values);

/// <summary>Lays the published tables out on a sheet the way annual-report.md §3–§5 and §8 describe them.</summary>
internal static class ReportTables
{
    public static readonly string[] OrgColumns = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"];

    public static List<BodyRow> Rows2021(IReadOnlyDictionary<string, int[]> values, Func<string, string>? relabel = null)
    {
        relabel ??= s => s;
        return
        [
            .. ApplicationTableLabels.Rows.Select(r => new BodyRow(
                r.Column1 is null ? null : relabel(r.Column1),
                r.Column2 is null ? null : relabel(r.Column2),
                r.Column3 is null ? null : relabel(r.Column3),
                Cells(values, r.Key))),
        ];
    }

    /// <summary>2019 layout: （六）其他处理 is one row (colspan 2) carrying <paramref name="otherRow"/>.</summary>
    public static List<BodyRow> Rows2019(IReadOnlyDictionary<string, int[]> values, int[] otherRow)
    {
        var rows = Rows2021(values);
        var first = rows.FindIndex(r => r.C2 == "（六）其他处理");
        rows.RemoveRange(first, 3);
        rows.Insert(first, new BodyRow(null, "（六）其他处理", null, [.. otherRow.Cast<object?>()]));
        return rows;
    }

    public static int WriteApplications(SheetSpec s, int top, IReadOnlyList<BodyRow> rows, bool merged)
    {
        s.Put(top, 1, ApplicationTableLabels.HeaderNote).Put(top, 4, "申请人情况");
        s.Put(top + 1, 4, "自然人", "法人或其他组织").Put(top + 1, 10, "总计");
        s.Put(top + 2, 5, OrgColumns);
        if (merged)
        {
            s.Merge(top, 1, top + 2, 3).Merge(top, 4, top, 10).Merge(top + 1, 4, top + 2, 4).Merge(top + 1, 5, top + 1, 9).Merge(top + 1, 10, top + 2, 10);
        }

        var first = top + 3;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = first + i;
            var row = rows[i];
            s.Put(r, 1, row.C1, row.C2, row.C3).Put(r, 4, row.Values);
            if (!merged)
            {
                continue;
            }

            if (row.C1 is not null)
            {
                var span = row.C2 is null && row.C3 is null ? 0 : rows.Skip(i + 1).TakeWhile(x => x.C1 is null).Count();
                s.Merge(r, 1, r + span, row.C2 is null && row.C3 is null ? 3 : 1);
            }

            if (row.C2 is not null)
            {
                var span = row.C3 is null ? 0 : rows.Skip(i + 1).TakeWhile(x => x.C1 is null && x.C2 is null && x.C3 is not null).Count();
                s.Merge(r, 2, r + span, row.C3 is null ? 3 : 2);
            }
        }

        return first + rows.Count;
    }

    public static int WriteProactive2021(SheetSpec s, int top, ProactiveFigures p, bool merged, string normativeLabel = ProactiveTableLabels.NormativeDocuments)
    {
        var r = top;
        Block(s, ref r, ProactiveTableLabels.Item1, merged);
        s.Put(r++, 1, ProactiveTableLabels.Content, ProactiveTableLabels.Issued, ProactiveTableLabels.Repealed, ProactiveTableLabels.InForce);
        s.Put(r++, 1, ProactiveTableLabels.Rules, p.RulesIssued, p.RulesRepealed, p.RulesInForce);
        s.Put(r++, 1, normativeLabel, p.NormativeIssued, p.NormativeRepealed, p.NormativeInForce);
        Block(s, ref r, ProactiveTableLabels.Item5, merged);
        Wide(s, ref r, merged, ProactiveTableLabels.Content, ProactiveTableLabels.Decisions);
        Wide(s, ref r, merged, ProactiveTableLabels.Licensing, p.Licensing);
        Block(s, ref r, ProactiveTableLabels.Item6, merged);
        Wide(s, ref r, merged, ProactiveTableLabels.Content, ProactiveTableLabels.Decisions);
        Wide(s, ref r, merged, ProactiveTableLabels.Penalty, p.Penalties);
        Wide(s, ref r, merged, ProactiveTableLabels.Compulsion, p.Compulsions);
        Block(s, ref r, ProactiveTableLabels.Item8, merged);
        Wide(s, ref r, merged, ProactiveTableLabels.Content, ProactiveTableLabels.FeeAmount);
        Wide(s, ref r, merged, ProactiveTableLabels.AdministrativeFees, p.FeesTenThousandYuan);
        return r;
    }

    /// <summary>The 2019 table 二 (annual-report.md §8): five blocks with their own columns.</summary>
    public static int WriteProactive2019(SheetSpec s, int top)
    {
        var r = top;
        Block(s, ref r, ProactiveTableLabels.Item1, true);
        s.Put(r++, 1, "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量");
        s.Put(r++, 1, "规章", 0, 0, 0);
        s.Put(r++, 1, "规范性文件", 4, 3, 30);
        Block(s, ref r, ProactiveTableLabels.Item5, true);
        s.Put(r++, 1, "信息内容", "上一年项目数量", "本年增/减", "处理决定数量");
        s.Put(r++, 1, "行政许可", 50, 2, 300);
        s.Put(r++, 1, "其他对外管理服务事项", 10, 0, 20);
        Block(s, ref r, ProactiveTableLabels.Item6, true);
        s.Put(r++, 1, "信息内容", "上一年项目数量", "本年增/减", "处理决定数量");
        s.Put(r++, 1, "行政处罚", 30, 1, 80);
        s.Put(r++, 1, "行政强制", 5, 0, 7);
        Block(s, ref r, ProactiveTableLabels.Item8, true);
        s.Put(r++, 1, "信息内容", "上一年项目数量", "本年增/减");
        s.Put(r++, 1, "行政事业性收费", 3, 0);
        Block(s, ref r, "第二十条第（九）项", true);
        s.Put(r++, 1, "信息内容", "采购项目数量", "采购总金额");
        s.Put(r++, 1, "政府集中采购", 12, 345.6m);
        return r;
    }

    public static int WriteRemedies(SheetSpec s, int top, object?[] values, bool merged)
    {
        s.Put(top, 1, RemedyTableLabels.Reconsideration).Put(top, 6, RemedyTableLabels.Litigation);
        s.Put(top + 1, 1, [.. RemedyTableLabels.Results]).Put(top + 1, 6, RemedyTableLabels.DirectLitigation).Put(top + 1, 11, RemedyTableLabels.LitigationAfterReconsideration);
        s.Put(top + 2, 6, [.. RemedyTableLabels.Results, .. RemedyTableLabels.Results]);
        s.Put(top + 3, 1, values);
        if (merged)
        {
            s.Merge(top, 1, top, 5).Merge(top, 6, top, 15).Merge(top + 1, 6, top + 1, 10).Merge(top + 1, 11, top + 1, 15);
            for (var c = 1; c <= 5; c++)
            {
                s.Merge(top + 1, c, top + 2, c);
            }
        }

        return top + 4;
    }

    public static object?[] Cells(IReadOnlyDictionary<string, int[]> values, string key) =>
        [.. (values.GetValueOrDefault(key) ?? new int[7]).Cast<object?>()];

    private static void Block(SheetSpec s, ref int r, string label, bool merged)
    {
        s.Put(r, 1, label);
        if (merged)
        {
            s.Merge(r, 1, r, 4);
        }

        r++;
    }

    private static void Wide(SheetSpec s, ref int r, bool merged, string label, object value)
    {
        s.Put(r, 1, label, value);
        if (merged)
        {
            s.Merge(r, 2, r, 4);
        }

        r++;
    }
}
