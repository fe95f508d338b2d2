using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Template;
using OpenGov.Reporting.Domain.Validation;

namespace OpenGov.Reporting.Tests.Validation;

/// <summary>Every hard rule V1–V8 and soft check V-S1..3 of annual-report.md §6, each with a passing and a failing case.</summary>
public sealed class ReportValidatorTests
{
    private static readonly ReportTexts Texts = new("开头", "全年新收政府信息公开申请6件。", "问题", "2025年，本机关无收取信息处理费情况。");

    /// <summary>annual-report.md §6 worked example.</summary>
    private static ReportContent WorkedExample()
    {
        var rows = new Dictionary<string, int[]>
        {
            ["NewReceived"] = [5, 1, 0, 0, 0, 0, 6],
            ["CarriedIn"] = [1, 0, 0, 0, 0, 0, 1],
            ["Granted"] = [3, 0, 0, 0, 0, 0, 3],
            ["Unable.NotHeld"] = [2, 1, 0, 0, 0, 0, 3],
            ["TotalHandled"] = [5, 1, 0, 0, 0, 0, 6],
            ["CarriedOut"] = [1, 0, 0, 0, 0, 0, 1],
        };
        return ReportContent.Empty(Texts) with
        {
            Applications = [.. ApplicationTableLabels.Rows.Select(r => new ApplicationRowFigures(r.Key, rows.GetValueOrDefault(r.Key) ?? new int[7]))],
            Proactive = ProactiveFigures.Zero with { NormativeIssued = 2, NormativeInForce = 10, Licensing = 30, FeesTenThousandYuan = 1.25m },
            Remedies = [1, 0, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1, 1],
        };
    }

    private static ReportContent With(ReportContent c, string key, int column, int value) => c with
    {
        Applications = [.. c.Applications.Select(r => r.Key == key ? r with { Cells = [.. r.Cells.Select((v, i) => i == column ? value : v)] } : r)],
    };

    private static IReadOnlyList<ReportIssue> Check(ReportContent c, ValidationContext? context = null) =>
        ReportValidator.Validate(c, context ?? new ValidationContext());

    [Fact]
    public void The_worked_example_passes_every_rule()
    {
        Assert.Empty(Check(WorkedExample()));
    }

    [Fact]
    public void V1_new_plus_carried_in_must_equal_handled_plus_carried_out_per_column()
    {
        var broken = With(With(WorkedExample(), "CarriedOut", 0, 2), "CarriedOut", 6, 2);

        var v1 = Check(broken).Where(i => i.Rule == "V1").ToList();
        var issue = Assert.Single(v1, i => i.Column == "自然人");
        Assert.True(issue.Blocking);
        Assert.Equal(TemplateLabels.Applications, issue.Table);
        Assert.Equal(6m, issue.Left);
        Assert.Equal(7m, issue.Right);
        Assert.Contains("本年新收 5 加上年结转 1 等于 6", issue.Message, StringComparison.Ordinal);
        Assert.Contains(v1, i => i.Column == "总计");
    }

    [Fact]
    public void V2_the_total_column_is_the_sum_of_the_six_applicant_columns()
    {
        var broken = With(With(WorkedExample(), "Granted", 6, 4), "TotalHandled", 6, 7);
        broken = With(broken, "CarriedIn", 6, 2);

        var issue = Assert.Single(Check(broken), i => i.Rule == "V2" && i.Row == "（一）予以公开");
        Assert.Equal("总计", issue.Column);
        Assert.Equal(4m, issue.Left);
        Assert.Equal(3m, issue.Right);
    }

    [Fact]
    public void V3_handled_total_is_the_sum_of_the_outcome_rows()
    {
        var broken = With(With(WorkedExample(), "Granted", 0, 2), "Granted", 6, 2);

        var issue = Assert.Single(Check(broken), i => i.Rule == "V3" && i.Column == "自然人");
        Assert.Equal("（七）总计", issue.Row);
        Assert.Equal(5m, issue.Left);
        Assert.Equal(4m, issue.Right);
    }

    [Fact]
    public void V4_each_remedy_total_is_the_sum_of_its_four_results()
    {
        var broken = WorkedExample() with { Remedies = [1, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1, 1] };

        var issue = Assert.Single(Check(broken), i => i.Rule == "V4");
        Assert.Equal(RemedyTableLabels.Reconsideration, issue.Row);
        Assert.Equal(1m, issue.Left);
        Assert.Equal(2m, issue.Right);
    }

    [Fact]
    public void V5_counts_may_not_be_negative_and_rows_must_be_complete()
    {
        var negative = WorkedExample() with { Proactive = WorkedExample().Proactive with { Penalties = -1 } };
        var issue = Assert.Single(Check(negative), i => i.Rule == "V5");
        Assert.Equal(ProactiveTableLabels.Penalty, issue.Row);

        var missing = WorkedExample() with { Applications = [.. WorkedExample().Applications.Where(r => r.Key != "Other.Other")] };
        Assert.Contains(Check(missing), i => i.Rule == "V5" && i.Row == "3.其他");
    }

    [Fact]
    public void V6_no_rules_for_county_township_or_department_reports()
    {
        var withRules = WorkedExample() with { Proactive = WorkedExample().Proactive with { RulesIssued = 1, RulesInForce = 1 } };

        Assert.Equal(2, Check(withRules).Count(i => i.Rule == "V6"));
        Assert.DoesNotContain(Check(withRules, new ValidationContext(HasRulemakingPower: true)), i => i.Rule == "V6");
    }

    [Fact]
    public void V8_every_cell_of_the_roll_up_is_the_sum_over_its_members()
    {
        var a = WorkedExample();
        var b = WorkedExample();
        var members = new[] { new MemberContribution(Guid.NewGuid(), "甲局", a), new MemberContribution(Guid.NewGuid(), "乙镇", b) };
        var sum = a with
        {
            Proactive = a.Proactive + b.Proactive,
            Applications = [.. a.Applications.Select(r => r with { Cells = [.. r.Cells.Select((v, i) => v + b.Row(r.Key)[i])] })],
            Remedies = [.. a.Remedies.Select((v, i) => v + b.Remedies[i])],
        };

        Assert.DoesNotContain(Check(sum, new ValidationContext(Members: members)), i => i.Rule == "V8");

        var off = sum with { Proactive = sum.Proactive with { Licensing = 61, FeesTenThousandYuan = 2.6m } };
        var issues = Check(off, new ValidationContext(Members: members)).Where(i => i.Rule == "V8").ToList();
        Assert.Contains(issues, i => i.Row == ProactiveTableLabels.Licensing && i.Left == 61 && i.Right == 60);
        Assert.Contains(issues, i => i.Row == ProactiveTableLabels.AdministrativeFees && i.Left == 2.6m && i.Right == 2.5m);
    }

    [Fact]
    public void V_S1_carried_in_should_match_last_years_carried_out_as_a_warning()
    {
        var last = With(With(WorkedExample(), "CarriedOut", 0, 1), "CarriedOut", 6, 1);
        Assert.DoesNotContain(Check(WorkedExample(), new ValidationContext(PreviousYear: last)), i => i.Rule == "V-S1");

        var other = With(With(last, "CarriedOut", 0, 3), "CarriedOut", 6, 3);
        var issues = Check(WorkedExample(), new ValidationContext(PreviousYear: other)).Where(i => i.Rule == "V-S1").ToList();
        Assert.Equal(2, issues.Count);
        Assert.All(issues, i => Assert.False(i.Blocking));
    }

    [Fact]
    public void V_S2_figures_in_the_overview_should_match_the_tables()
    {
        var wrong = WorkedExample() with { Texts = Texts with { Overview = "全年新收政府信息公开申请9件，办结6件。" } };

        var issue = Assert.Single(Check(wrong), i => i.Rule == "V-S2");
        Assert.Equal(9m, issue.Left);
        Assert.Equal(6m, issue.Right);
        Assert.False(issue.Blocking);
    }

    [Fact]
    public void V_S3_section_six_reports_the_processing_fee()
    {
        var none = WorkedExample() with { Texts = Texts with { Other = "无。" } };
        Assert.Contains(Check(none), i => i.Rule == "V-S3");

        var charged = WorkedExample() with { ProcessingFeesYuan = 300 };
        Assert.Contains(Check(charged), i => i.Rule == "V-S3" && i.Right == 300);

        var stated = charged with { Texts = Texts with { Other = "2025年，全年收取政府信息公开信息处理费300元。" } };
        Assert.DoesNotContain(Check(stated), i => i.Rule == "V-S3");
    }
}
