using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Domain.Deadlines;
using OpenGov.Requests.Domain.Requests;
using OpenGov.Requests.Tests.Deadlines;

namespace OpenGov.Requests.Tests.Requests;

/// <summary>The lifecycle's guards: what a step refuses, and with which kind of error.</summary>
public sealed class DisclosureRequestTests
{
    private static readonly RequestPeriods Periods = new();
    private static readonly IWorkdays Days = OfficialWorkdays.Instance;
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static Actor On(DateOnly today) => new("经办人", today, Now);

    private static DisclosureRequest Registered(IntakeChannel channel = IntakeChannel.InPerson, DateOnly? arrived = null, DateOnly? confirmed = null)
    {
        var result = DisclosureRequest.Register(new RegistrationFacts(
            Guid.NewGuid(), Guid.NewGuid(), channel, arrived ?? D(2026, 2, 12), confirmed,
            new Applicant { Kind = ApplicantKind.NaturalPerson, Name = "张三", IdentityDocument = "身份证", Phone = "13800000000" },
            "2025年度财政预算执行情况", DeliveryForm.Paper, null, "hash", Acknowledged: true, "经办人", D(2026, 6, 1), Now), Periods, Days);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    [Fact]
    public void Receipt_dates_follow_the_channel_rules_of_article_31()
    {
        Assert.Equal(D(2026, 2, 12), Registered(IntakeChannel.RegisteredPost).ReceivedOn);
        Assert.Equal(D(2026, 2, 13), Registered(IntakeChannel.OrdinaryLetter, D(2026, 2, 12), D(2026, 2, 13)).ReceivedOn);

        var unconfirmed = ReceiptRule.ReceivedOn(IntakeChannel.Fax, D(2026, 2, 12), null);
        Assert.Equal("confirmedOn", Assert.Single(unconfirmed.Error!.Fields!).Key);
    }

    [Fact]
    public void Registration_stores_the_reply_deadline()
    {
        Assert.Equal(D(2026, 3, 18), Registered(IntakeChannel.RegisteredPost).DueOn);
    }

    [Fact]
    public void Extension_is_granted_once_and_at_most_twenty_working_days()
    {
        var request = Registered();
        var tooLong = request.Extend(21, "信息量大", "李四", D(2026, 3, 1), On(D(2026, 6, 1)), Periods, Days);
        Assert.Equal(ErrorKind.Validation, tooLong.Error!.Kind);

        Assert.True(request.Extend(20, "信息量大", "李四", D(2026, 3, 1), On(D(2026, 6, 1)), Periods, Days).IsSuccess);
        Assert.Equal(D(2026, 4, 16), request.DueOn);

        var again = request.Extend(5, "再次延期", "李四", D(2026, 3, 2), On(D(2026, 6, 1)), Periods, Days);
        Assert.Equal("requests.extension_once", again.Error!.Code);
    }

    [Fact]
    public void Extension_after_the_original_deadline_is_refused_when_so_configured()
    {
        var late = Registered().Extend(10, "理由", "李四", D(2026, 3, 19), On(D(2026, 6, 1)), Periods, Days);
        Assert.Equal("requests.extension_too_late", late.Error!.Code);

        var allowed = Registered().Extend(10, "理由", "李四", D(2026, 3, 19), On(D(2026, 6, 1)), Periods with { ExtensionBeforeDeadline = false }, Days);
        Assert.True(allowed.IsSuccess);
    }

    [Fact]
    public void No_decision_while_a_consultation_is_open()
    {
        var request = Registered();
        Assert.True(request.Consult(ConsultedParty.ThirdParty, "某公司", D(2026, 3, 2), On(D(2026, 6, 1)), Periods, Days).IsSuccess);

        var decided = request.Decide(RequestOutcome.Granted, D(2026, 3, 5), null, "告知书", "正文", On(D(2026, 6, 1)));

        Assert.Equal("requests.consultation_open", decided.Error!.Code);
    }

    [Fact]
    public void Silence_is_recorded_only_after_the_fifteen_working_days()
    {
        var request = Registered();
        request.Consult(ConsultedParty.ThirdParty, "某公司", D(2026, 3, 2), On(D(2026, 3, 2)), Periods, Days);
        request.RecordConsultationDelivery(1, D(2026, 3, 3), On(D(2026, 3, 3)), Periods, Days);

        var early = request.RecordConsultationAnswer(1, null, ConsultationOpinion.NoReply, null, On(D(2026, 3, 24)), Periods, Days);
        Assert.Equal("requests.consultation_window_open", early.Error!.Code);

        Assert.True(request.RecordConsultationAnswer(1, null, ConsultationOpinion.NoReply, null, On(D(2026, 3, 25)), Periods, Days).IsSuccess);
        Assert.Equal(RequestStatus.InProgress, request.Status);
    }

    [Fact]
    public void Reply_needs_a_decision_and_a_date_not_before_receipt()
    {
        var request = Registered();
        Assert.Equal("requests.outcome_required", request.Reply(D(2026, 3, 1), On(D(2026, 6, 1))).Error!.Code);

        request.Decide(RequestOutcome.Granted, D(2026, 3, 1), null, "告知书", "正文", On(D(2026, 6, 1)));
        var early = request.Reply(D(2026, 2, 11), On(D(2026, 6, 1)));
        Assert.Equal("repliedOn", Assert.Single(early.Error!.Fields!).Key);

        Assert.True(request.Reply(D(2026, 3, 2), On(D(2026, 6, 1))).IsSuccess);
        Assert.Equal(D(2026, 3, 2), request.ClosedOn);
        Assert.False(request.RepliedLate);
    }

    [Fact]
    public void Unclear_after_correction_needs_a_correction()
    {
        var decided = Registered().Decide(RequestOutcome.UnableUnclear, D(2026, 3, 1), "仍不明确", "告知书", "正文", On(D(2026, 6, 1)));

        Assert.Equal("requests.unclear_needs_correction", decided.Error!.Code);
    }

    [Fact]
    public void Abandonment_for_no_correction_waits_for_the_correction_period()
    {
        var request = Registered();
        request.RequestCorrection(D(2026, 2, 13), "请写明文号", D(2026, 3, 6), On(D(2026, 2, 13)), Periods, Days);

        Assert.Equal("requests.correction_period_running", request.CloseForNoCorrection(D(2026, 3, 6), On(D(2026, 3, 6))).Error!.Code);
        Assert.True(request.CloseForNoCorrection(D(2026, 3, 9), On(D(2026, 3, 9))).IsSuccess);
        Assert.Equal(RequestOutcome.OtherNoCorrection, request.Outcome);
        Assert.Equal(RequestStatus.Closed, request.Status);
    }

    [Fact]
    public void A_late_correction_notice_is_kept_and_flagged()
    {
        var request = Registered();
        Assert.True(request.RequestCorrection(D(2026, 3, 2), "请写明文号", null, On(D(2026, 3, 2)), Periods, Days).IsSuccess);

        Assert.True(request.CorrectionNoticeLate);
        Assert.Null(request.DueOn);
    }

    [Fact]
    public void Only_released_requests_go_to_publication_and_only_once()
    {
        var refused = Registered();
        refused.Decide(RequestOutcome.RefusedStateSecret, D(2026, 3, 1), "属于国家秘密", "告知书", "正文", On(D(2026, 6, 1)));
        refused.Reply(D(2026, 3, 1), On(D(2026, 6, 1)));
        Assert.Equal("requests.not_released", refused.ReleaseForPublication("公众关注", On(D(2026, 6, 1))).Error!.Code);

        var granted = Registered();
        granted.Decide(RequestOutcome.Granted, D(2026, 3, 1), null, "告知书", "正文", On(D(2026, 6, 1)));
        granted.Reply(D(2026, 3, 1), On(D(2026, 6, 1)));
        Assert.True(granted.ReleaseForPublication("公众关注", On(D(2026, 6, 1))).IsSuccess);
        Assert.Single(granted.DomainEvents.OfType<RequestReleasedForPublication>());
        Assert.Equal("requests.already_released", granted.ReleaseForPublication("再次", On(D(2026, 6, 1))).Error!.Code);
    }

    [Fact]
    public void A_request_whose_deadline_falls_in_an_unknown_year_is_registered_with_the_problem_stated()
    {
        var result = DisclosureRequest.Register(new RegistrationFacts(
            Guid.NewGuid(), Guid.NewGuid(), IntakeChannel.InPerson, D(2026, 12, 20), null,
            new Applicant { Kind = ApplicantKind.NaturalPerson, Name = "张三", IdentityDocument = "身份证", Phone = "13800000000" },
            "年终信息", DeliveryForm.Paper, null, "hash", Acknowledged: true, "经办人", D(2026, 12, 21), Now), Periods, Days);

        Assert.True(result.IsSuccess);
        Assert.Null(result.Value.DueOn);
        Assert.Contains("2027", result.Value.DeadlineProblem, StringComparison.Ordinal);
    }
}
