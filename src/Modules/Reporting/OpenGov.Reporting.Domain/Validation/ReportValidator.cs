using System.Text.RegularExpressions;
using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Template;

namespace OpenGov.Reporting.Domain.Validation;

/// <summary>What the checks need besides the report itself.</summary>
/// <param name="HasRulemakingPower">Only provincial and 设区的市 governments make 规章 (V6); never a unit of our county.</param>
/// <param name="Members">For a county roll-up: each member's contribution (V8).</param>
/// <param name="PreviousYear">The same unit's previous-year published report (V-S1).</param>
/// <param name="ChargedFeesYuan">信息处理费 the records say were charged, when known (V-S3).</param>
/// <param name="FeeUnpaidRequests">Requests closed for an unpaid fee, when known (V-S3).</param>
public sealed record ValidationContext(
    bool HasRulemakingPower = false,
    IReadOnlyList<MemberContribution>? Members = null,
    ReportContent? PreviousYear = null,
    decimal? ChargedFeesYuan = null,
    int? FeeUnpaidRequests = null);

/// <summary>One unit's share of a county roll-up.</summary>
public sealed record MemberContribution(Guid UnitId, string UnitName, ReportContent Content);

/// <summary>annual-report.md §6: the hard rules V1–V8 and the soft checks V-S1..3.</summary>
public static partial class ReportValidator
{
    private const string T2 = TemplateLabels.Proactive;
    private const string T3 = TemplateLabels.Applications;
    private const string T4 = TemplateLabels.Remedies;

    public static IReadOnlyList<ReportIssue> Validate(ReportContent content, ValidationContext context)
    {
        var issues = new List<ReportIssue>();
        Shape(content, issues);
        if (issues.Count > 0)
        {
            return issues;
        }

        NonNegative(content, issues);
        ColumnIdentities(content, issues);
        RowTotals(content, issues);
        RemedyTotals(content, issues);
        if (!context.HasRulemakingPower)
        {
            NoRules(content, issues);
        }

        if (context.Members is { } members)
        {
            RollUp(content, members, issues);
        }

        if (context.PreviousYear is { } previous)
        {
            CarryOver(content, previous, issues);
        }

        ProseFigures(content, issues);
        FeeSentence(content, context, issues);
        return issues;
    }

    private static void Shape(ReportContent c, List<ReportIssue> issues)
    {
        foreach (var layout in ApplicationTableLabels.Rows)
        {
            var row = c.Applications.FirstOrDefault(r => r.Key == layout.Key);
            if (row is null || row.Cells.Count != ReportContent.ApplicationColumns)
            {
                issues.Add(new ReportIssue("V5", true, T3, layout.Label, string.Empty, null, null,
                    $"{T3}缺少“{layout.Label}”一行或该行不是 7 个数"));
            }
        }

        if (c.Remedies.Count != ReportContent.RemedyCells)
        {
            issues.Add(new ReportIssue("V5", true, T4, string.Empty, string.Empty, c.Remedies.Count, ReportContent.RemedyCells,
                $"{T4}应有 15 个数，实有 {c.Remedies.Count} 个"));
        }
    }

    // V5: counts are integers ≥ 0 (the types make them integers); the fee amount is a decimal ≥ 0.
    private static void NonNegative(ReportContent c, List<ReportIssue> issues)
    {
        foreach (var (row, column, value) in c.Proactive.Counts().Where(x => x.Value < 0))
        {
            issues.Add(new ReportIssue("V5", true, T2, row, column, value, 0, $"{T2}“{row}”的“{column}”为 {value}，不能为负数"));
        }

        if (c.Proactive.FeesTenThousandYuan < 0)
        {
            issues.Add(new ReportIssue("V5", true, T2, ProactiveTableLabels.AdministrativeFees, ProactiveTableLabels.FeeAmount,
                c.Proactive.FeesTenThousandYuan, 0, $"{T2}“行政事业性收费”的收费金额不能为负数"));
        }

        foreach (var layout in ApplicationTableLabels.Rows)
        {
            var cells = c.Row(layout.Key);
            for (var i = 0; i < cells.Count; i++)
            {
                if (cells[i] < 0)
                {
                    var column = ApplicationTableLabels.Columns[i];
                    issues.Add(new ReportIssue("V5", true, T3, layout.Label, column, cells[i], 0, $"{T3}“{layout.Label}”的“{column}”为 {cells[i]}，不能为负数"));
                }
            }
        }

        for (var i = 0; i < c.Remedies.Count; i++)
        {
            if (c.Remedies[i] < 0)
            {
                var (group, column) = RemedyCell(i);
                issues.Add(new ReportIssue("V5", true, T4, group, column, c.Remedies[i], 0, $"{T4}“{group}”的“{column}”为 {c.Remedies[i]}，不能为负数"));
            }
        }
    }

    // V1: 一 + 二 = （七）总计 + 四, and V3: （七）总计 = the 21 outcome rows, for every column including 总计.
    private static void ColumnIdentities(ReportContent c, List<ReportIssue> issues)
    {
        var newReceived = c.Row(ApplicationTableLabels.NewReceived);
        var carriedIn = c.Row(ApplicationTableLabels.CarriedIn);
        var handled = c.Row(ApplicationTableLabels.TotalHandled);
        var carriedOut = c.Row(ApplicationTableLabels.CarriedOut);
        for (var i = 0; i < ReportContent.ApplicationColumns; i++)
        {
            var column = ApplicationTableLabels.Columns[i];
            var left = newReceived[i] + carriedIn[i];
            var right = handled[i] + carriedOut[i];
            if (left != right)
            {
                issues.Add(new ReportIssue("V1", true, T3, "一、二、（七）总计、四", column, left, right,
                    $"{T3}“{column}”列：本年新收 {newReceived[i]} 加上年结转 {carriedIn[i]} 等于 {left}，" +
                    $"应等于本年度办理结果总计 {handled[i]} 加结转下年度 {carriedOut[i]} 之和 {right}"));
            }

            var outcomes = ApplicationTableLabels.OutcomeRows.Sum(r => c.Row(r.Key)[i]);
            if (outcomes != handled[i])
            {
                issues.Add(new ReportIssue("V3", true, T3, "（七）总计", column, handled[i], outcomes,
                    $"{T3}“{column}”列：（七）总计为 {handled[i]}，应等于（一）至（六）各项之和 {outcomes}"));
            }
        }
    }

    // V2: 总计 = the six applicant columns, for every body row.
    private static void RowTotals(ReportContent c, List<ReportIssue> issues)
    {
        foreach (var layout in ApplicationTableLabels.Rows)
        {
            var cells = c.Row(layout.Key);
            var sum = cells.Take(6).Sum();
            if (sum != cells[6])
            {
                issues.Add(new ReportIssue("V2", true, T3, layout.Label, "总计", cells[6], sum,
                    $"{T3}“{layout.Label}”行：总计为 {cells[6]}，应等于自然人和法人或其他组织各列之和 {sum}"));
            }
        }
    }

    // V4: each group's 总计 = 维持 + 纠正 + 其他 + 尚未审结.
    private static void RemedyTotals(ReportContent c, List<ReportIssue> issues)
    {
        for (var g = 0; g < 3; g++)
        {
            var parts = c.Remedies.Skip(g * 5).Take(4).Sum();
            var total = c.Remedies[(g * 5) + 4];
            if (parts != total)
            {
                var group = RemedyGroup(g);
                issues.Add(new ReportIssue("V4", true, T4, group, "总计", total, parts,
                    $"{T4}“{group}”：总计为 {total}，应等于结果维持、结果纠正、其他结果、尚未审结之和 {parts}"));
            }
        }
    }

    // V6: a county, township or county-department report has no 规章.
    private static void NoRules(ReportContent c, List<ReportIssue> issues)
    {
        foreach (var (row, column, value) in c.Proactive.Counts().Where(x => x.Row == ProactiveTableLabels.Rules && x.Value != 0))
        {
            issues.Add(new ReportIssue("V6", true, T2, row, column, value, 0, $"{T2}“规章”的“{column}”为 {value}：县、乡镇和县直部门没有规章制定权，应为 0"));
        }
    }

    // V8: every count cell of the roll-up is the sum over its members; the fee amount too.
    private static void RollUp(ReportContent c, IReadOnlyList<MemberContribution> members, List<ReportIssue> issues)
    {
        var proactive = members.Aggregate(ProactiveFigures.Zero, (sum, m) => sum + m.Content.Proactive);
        foreach (var ((row, column, value), expected) in c.Proactive.Counts().Zip(proactive.Counts().Select(x => x.Value)))
        {
            if (value != expected)
            {
                issues.Add(RollUpIssue(T2, row, column, value, expected));
            }
        }

        if (c.Proactive.FeesTenThousandYuan != proactive.FeesTenThousandYuan)
        {
            issues.Add(RollUpIssue(T2, ProactiveTableLabels.AdministrativeFees, ProactiveTableLabels.FeeAmount, c.Proactive.FeesTenThousandYuan, proactive.FeesTenThousandYuan));
        }

        foreach (var layout in ApplicationTableLabels.Rows)
        {
            var cells = c.Row(layout.Key);
            for (var i = 0; i < ReportContent.ApplicationColumns; i++)
            {
                var expected = members.Sum(m => m.Content.Row(layout.Key)[i]);
                if (cells[i] != expected)
                {
                    issues.Add(RollUpIssue(T3, layout.Label, ApplicationTableLabels.Columns[i], cells[i], expected));
                }
            }
        }

        for (var i = 0; i < ReportContent.RemedyCells; i++)
        {
            var expected = members.Sum(m => m.Content.Remedies[i]);
            if (c.Remedies[i] != expected)
            {
                var (group, column) = RemedyCell(i);
                issues.Add(RollUpIssue(T4, group, column, c.Remedies[i], expected));
            }
        }
    }

    private static ReportIssue RollUpIssue(string table, string row, string column, decimal value, decimal expected) =>
        new("V8", true, table, row, column, value, expected, $"{table}“{row}”的“{column}”为 {value}，应等于纳入汇总的各单位之和 {expected}");

    // V-S1: this year's 上年结转 = last year's 结转下年度继续办理, column by column.
    private static void CarryOver(ReportContent c, ReportContent previous, List<ReportIssue> issues)
    {
        var carriedIn = c.Row(ApplicationTableLabels.CarriedIn);
        var lastOut = previous.Row(ApplicationTableLabels.CarriedOut);
        for (var i = 0; i < ReportContent.ApplicationColumns; i++)
        {
            if (carriedIn[i] != lastOut[i])
            {
                var column = ApplicationTableLabels.Columns[i];
                issues.Add(new ReportIssue("V-S1", false, T3, "二、上年结转政府信息公开申请数量", column, carriedIn[i], lastOut[i],
                    $"“{column}”列：本年上年结转 {carriedIn[i]} 与上一年度报告的结转下年度继续办理 {lastOut[i]} 不一致（单位合并、分设时可能属正常）"));
            }
        }
    }

    // V-S2: figures stated in 一、总体情况 match the tables.
    private static void ProseFigures(ReportContent c, List<ReportIssue> issues)
    {
        var overview = c.Texts.Overview;
        Check("新收", c.Row(ApplicationTableLabels.NewReceived)[6], NewReceivedPattern());
        Check("办结", c.Row(ApplicationTableLabels.TotalHandled)[6], HandledPattern());
        Check("结转", c.Row(ApplicationTableLabels.CarriedOut)[6], CarriedOutPattern());
        Check("行政复议", c.Remedies[4], ReconsiderationPattern());
        Check("行政诉讼", c.Remedies[9] + c.Remedies[14], LitigationPattern());

        void Check(string what, int table, Regex pattern)
        {
            foreach (Match m in pattern.Matches(overview))
            {
                var stated = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (stated != table)
                {
                    issues.Add(new ReportIssue("V-S2", false, TemplateLabels.Overview, what, string.Empty, stated, table,
                        $"{TemplateLabels.Overview}中“{m.Value}”与表格的{what}数 {table} 不一致"));
                }
            }
        }
    }

    // V-S3: 六 reports the 信息处理费; a "none" sentence while fees were charged or a request lapsed for non-payment is flagged.
    private static void FeeSentence(ReportContent c, ValidationContext context, List<ReportIssue> issues)
    {
        var other = c.Texts.Other;
        if (!other.Contains("信息处理费", StringComparison.Ordinal))
        {
            issues.Add(new ReportIssue("V-S3", false, TemplateLabels.Other, "信息处理费", string.Empty, null, null,
                $"{TemplateLabels.Other}应报告收取信息处理费的情况（金额以元计，没有收取也应写明）"));
            return;
        }

        var saysNone = other.Contains("无收取信息处理费", StringComparison.Ordinal) || NoFeePattern().IsMatch(other);
        var charged = context.ChargedFeesYuan ?? c.ProcessingFeesYuan;
        if (saysNone && (charged > 0 || context.FeeUnpaidRequests > 0 || c.Row("Other.FeeUnpaid")[6] > 0))
        {
            issues.Add(new ReportIssue("V-S3", false, TemplateLabels.Other, "信息处理费", string.Empty, 0, charged,
                $"{TemplateLabels.Other}称未收取信息处理费，但记录显示收费 {charged} 元或有申请因逾期未缴费终止"));
        }
    }

    private static string RemedyGroup(int g) => g switch
    {
        0 => RemedyTableLabels.Reconsideration,
        1 => $"{RemedyTableLabels.Litigation}（{RemedyTableLabels.DirectLitigation}）",
        _ => $"{RemedyTableLabels.Litigation}（{RemedyTableLabels.LitigationAfterReconsideration}）",
    };

    private static (string Group, string Column) RemedyCell(int i) => (RemedyGroup(i / 5), RemedyTableLabels.Results[i % 5]);

    [GeneratedRegex(@"新收[^，。；\d]{0,20}?(?<n>\d+)件")]
    private static partial Regex NewReceivedPattern();

    [GeneratedRegex(@"(?:办结|答复)[^，。；\d]{0,20}?(?<n>\d+)件")]
    private static partial Regex HandledPattern();

    [GeneratedRegex(@"结转下年[^，。；\d]{0,20}?(?<n>\d+)件")]
    private static partial Regex CarriedOutPattern();

    [GeneratedRegex(@"行政复议[^，。；\d]{0,10}?(?<n>\d+)件")]
    private static partial Regex ReconsiderationPattern();

    [GeneratedRegex(@"行政诉讼[^，。；\d]{0,10}?(?<n>\d+)件")]
    private static partial Regex LitigationPattern();

    [GeneratedRegex(@"收取[^，。；]{0,20}信息处理费\s*0\s*元")]
    private static partial Regex NoFeePattern();
}
