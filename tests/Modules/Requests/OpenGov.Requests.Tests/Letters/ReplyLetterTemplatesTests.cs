using OpenGov.Requests.Application.Letters;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Tests.Letters;

public sealed class ReplyLetterTemplatesTests
{
    private const string Organ = "某某县人民政府";
    private const string Court = "某某市中级人民法院";

    public static TheoryData<RequestOutcome> EveryOutcome => new(Enum.GetValues<RequestOutcome>());

    private static ReplyLetterFacts Facts(RequestOutcome outcome, string? details = "请登录某某县人民政府门户网站查阅。", DateOnly? letterDate = null) =>
        new(
            UnitName: "某某县财政局",
            ApplicantName: "张三",
            ReceivedOn: new DateOnly(2025, 10, 8),
            InformationDescription: "2024年度县级部门预算公开表",
            Outcome: outcome,
            Details: details,
            LetterDate: letterDate ?? new DateOnly(2025, 10, 30),
            ReconsiderationOrgan: Organ,
            Court: Court,
            TrackingNumber: "YSQ-2025-0042");

    [Theory]
    [MemberData(nameof(EveryOutcome))]
    public void Given_an_outcome_When_the_letter_is_composed_Then_it_cites_its_article_and_states_both_remedies(RequestOutcome outcome)
    {
        var draft = ReplyLetterTemplates.Compose(Facts(outcome));

        Assert.Equal("政府信息公开申请答复告知书", draft.Title);
        Assert.Contains($"根据{OutcomeLabels.For(outcome).LegalBasis}的规定", draft.Body);
        Assert.Contains($"六十日内向{Organ}申请行政复议", draft.Body);
        Assert.Contains($"向{Court}提起行政诉讼", draft.Body);
    }

    [Theory]
    [MemberData(nameof(EveryOutcome))]
    public void Given_an_outcome_When_the_letter_is_composed_Then_every_fact_is_filled_in_and_no_placeholder_is_left(RequestOutcome outcome)
    {
        var body = ReplyLetterTemplates.Compose(Facts(outcome)).Body;
        var lines = body.Split('\n');

        Assert.Equal("张三：", lines[0]);
        Assert.Equal("本机关于2025年10月8日收到您（单位）提出的政府信息公开申请（编号：YSQ-2025-0042），申请获取“2024年度县级部门预算公开表”。现答复如下：", lines[1]);
        Assert.Contains("请登录某某县人民政府门户网站查阅。", lines);
        Assert.Equal(["特此告知。", "某某县财政局", "2025年10月30日"], lines[^3..]);
        Assert.All(lines, line => Assert.False(string.IsNullOrWhiteSpace(line)));
        foreach (var leftover in new[] { "{", "}", "null", "Null", "RequestOutcome", "DateOnly", "  " })
        {
            Assert.DoesNotContain(leftover, body);
        }
    }

    [Theory]
    [MemberData(nameof(EveryOutcome))]
    public void Given_an_outcome_When_the_letter_is_composed_Then_the_decision_matches_its_annual_report_group(RequestOutcome outcome)
    {
        var decision = ReplyLetterTemplates.Compose(Facts(outcome)).Body.Split('\n')[2];

        var expected = OutcomeLabels.For(outcome).Group switch
        {
            OutcomeGroup.Granted => "予以公开",
            OutcomeGroup.PartlyGranted => "提供可以公开的政府信息内容",
            OutcomeGroup.Refused when outcome == RequestOutcome.RefusedQueryMatter => "依照有关法律、行政法规的规定办理",
            OutcomeGroup.Refused => "不予公开",
            OutcomeGroup.Unable => "(无法|不予)提供",
            OutcomeGroup.NotHandled => "不(予|作为政府信息公开申请|予重复)处理",
            _ => "(不再|作出)处理",
        };
        Assert.Matches(expected, decision);
    }

    [Theory]
    [InlineData(RequestOutcome.UnableNotHeld, "无法提供")]
    [InlineData(RequestOutcome.UnableUnclear, "无法提供")]
    [InlineData(RequestOutcome.NotHandledRepeat, "不予重复处理")]
    [InlineData(RequestOutcome.NotHandledExcessive, "不予处理")]
    [InlineData(RequestOutcome.NotHandledPetition, "不作为政府信息公开申请处理")]
    [InlineData(RequestOutcome.OtherNoCorrection, "视为放弃申请")]
    [InlineData(RequestOutcome.OtherFeeUnpaid, "逾期未按收费通知要求缴纳信息处理费")]
    [InlineData(RequestOutcome.RefusedThirdParty, "第三方合法权益")]
    [InlineData(RequestOutcome.RefusedEndangers, "国家安全、公共安全、经济安全、社会稳定")]
    public void Given_a_finer_outcome_When_the_letter_is_composed_Then_the_decision_states_its_ground(RequestOutcome outcome, string wording)
    {
        Assert.Contains(wording, ReplyLetterTemplates.Compose(Facts(outcome)).Body.Split('\n')[2]);
    }

    [Theory]
    [InlineData(RequestOutcome.RefusedStateSecret)]
    [InlineData(RequestOutcome.RefusedProcessInfo)]
    [InlineData(RequestOutcome.PartlyGranted)]
    public void Given_a_refusal_to_disclose_When_the_letter_is_composed_Then_review_comes_before_the_court(RequestOutcome outcome)
    {
        var body = ReplyLetterTemplates.Compose(Facts(outcome)).Body;

        Assert.Contains($"应当自知道该答复之日起六十日内向{Organ}申请行政复议；对行政复议决定不服的，可以依法向{Court}提起行政诉讼。", body);
    }

    [Theory]
    [InlineData(RequestOutcome.Granted)]
    [InlineData(RequestOutcome.UnableNotHeld)]
    [InlineData(RequestOutcome.RefusedQueryMatter)]
    [InlineData(RequestOutcome.OtherOther)]
    public void Given_a_reply_that_withholds_nothing_When_the_letter_is_composed_Then_either_remedy_may_be_chosen(RequestOutcome outcome)
    {
        var body = ReplyLetterTemplates.Compose(Facts(outcome)).Body;

        Assert.Contains($"可以自知道该答复之日起六十日内向{Organ}申请行政复议，也可以自知道或者应当知道该答复之日起六个月内向{Court}提起行政诉讼。", body);
    }

    [Fact]
    public void Given_no_details_When_the_letter_is_composed_Then_the_remedy_follows_the_decision()
    {
        var lines = ReplyLetterTemplates.Compose(Facts(RequestOutcome.Granted, details: "  ")).Body.Split('\n');

        Assert.Equal(7, lines.Length);
        Assert.Contains("行政复议", lines[3]);
    }

    [Fact]
    public void Given_details_over_several_lines_When_the_letter_is_composed_Then_each_line_is_a_paragraph_and_blank_lines_go()
    {
        var body = ReplyLetterTemplates.Compose(Facts(RequestOutcome.UnableNotHeld, details: "该信息由县发展和改革局负责公开。\r\n\r\n联系电话：0000-1234567")).Body;

        Assert.Contains("\n该信息由县发展和改革局负责公开。\n联系电话：0000-1234567\n", body);
        Assert.DoesNotContain("\r", body);
    }

    [Fact]
    public void Given_no_letter_date_When_the_letter_is_composed_Then_the_date_line_is_left_blank_for_the_stamp()
    {
        var facts = Facts(RequestOutcome.Granted) with { LetterDate = null };

        Assert.EndsWith("\n某某县财政局\n　　年　　月　　日", ReplyLetterTemplates.Compose(facts).Body);
    }

    [Fact]
    public void Given_a_blank_applicant_name_When_the_letter_is_composed_Then_it_throws()
    {
        Assert.Throws<ArgumentException>(() => ReplyLetterTemplates.Compose(Facts(RequestOutcome.Granted) with { ApplicantName = " " }));
    }
}
