using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Domain.Deadlines;

namespace OpenGov.Requests.Tests.Deadlines;

/// <summary>The reply deadline against domain.md's worked examples and the 2025/2026 holidays.</summary>
public sealed class RequestClockTests
{
    private static readonly RequestPeriods Periods = new();

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static ReplyDeadline Compute(ClockFacts facts, RequestPeriods? periods = null) =>
        RequestClock.Compute(facts, periods ?? Periods, OfficialWorkdays.Instance);

    private static ClockFacts Received(DateOnly on) => new(on, null, null, [], null, null);

    [Fact]
    public void E1_without_correction_is_due_thursday_30_october_2025_across_national_day()
    {
        var d = Compute(Received(D(2025, 9, 26)));

        Assert.Equal(D(2025, 10, 30), d.DueOn);
        Assert.Equal(D(2025, 10, 30), d.BaseDueOn);
        // 9/27–10/30 is 34 calendar days for 20 working days: 14 rest days, the 9/28 and 10/11 make-up days counted.
        Assert.Equal(14, d.RestDaysSkipped);
    }

    [Fact]
    public void E1_correction_notice_is_due_monday_13_october_2025()
    {
        Assert.Equal(D(2025, 10, 13), Compute(Received(D(2025, 9, 26))).CorrectionNoticeDueOn);
    }

    [Fact]
    public void E1_while_awaiting_correction_there_is_no_reply_deadline()
    {
        var d = Compute(Received(D(2025, 9, 26)) with { CorrectionNoticeOn = D(2025, 9, 29) });

        Assert.True(d.AwaitingCorrection);
        Assert.Null(d.DueOn);
        Assert.Contains(d.Explanation, line => line.Contains("重新计算", StringComparison.Ordinal));
    }

    [Fact]
    public void E1_corrected_request_on_10_october_restarts_the_period_to_6_november_2025()
    {
        var d = Compute(Received(D(2025, 9, 26)) with { CorrectionNoticeOn = D(2025, 9, 29), CorrectionReceivedOn = D(2025, 10, 10) });

        Assert.Equal(D(2025, 10, 10), d.StartOn);
        Assert.Equal("收到补正后的申请之日", d.StartReason);
        Assert.Equal(D(2025, 11, 6), d.DueOn);
    }

    [Fact]
    public void E2_registered_letter_signed_12_february_2026_is_due_18_march_across_spring_festival()
    {
        var d = Compute(Received(D(2026, 2, 12)));

        Assert.Equal(D(2026, 3, 18), d.DueOn);
        // 2/13–3/18 is 34 days for 20 working days; 2/14 and 2/28 are make-up working days, 2/15–2/23 off.
        Assert.Equal(14, d.RestDaysSkipped);
    }

    [Fact]
    public void E2_third_party_consultation_pauses_six_working_days_to_26_march()
    {
        var d = Compute(Received(D(2026, 2, 12)) with
        {
            Consultations = [new ConsultationFacts(D(2026, 3, 2), D(2026, 3, 3), D(2026, 3, 10), Open: false)],
        });

        var pause = Assert.Single(d.Pauses);
        Assert.Equal(D(2026, 3, 3), pause.From);
        Assert.Equal(D(2026, 3, 10), pause.To);
        Assert.Equal(6, pause.WorkingDays);
        Assert.False(pause.Provisional);
        Assert.Equal(D(2026, 3, 26), d.DueOn);
    }

    [Fact]
    public void E2_extension_of_20_working_days_is_due_24_april_past_qingming()
    {
        var d = Compute(Received(D(2026, 2, 12)) with
        {
            Consultations = [new ConsultationFacts(D(2026, 3, 2), D(2026, 3, 3), D(2026, 3, 10), Open: false)],
            ExtensionWorkingDays = 20,
        });

        Assert.Equal(D(2026, 3, 26), d.DueBeforeExtension);
        Assert.Equal(D(2026, 4, 24), d.DueOn);
        Assert.Equal(20, d.ExtensionWorkingDays);
    }

    [Fact]
    public void Silent_third_party_pauses_until_its_15_working_days_from_receipt_run_out()
    {
        // Received by the third party 3/3: its window ends 3/24 (E2); the pause runs 3/3–3/24, 16 working days.
        var d = Compute(Received(D(2026, 2, 12)) with
        {
            Consultations = [new ConsultationFacts(D(2026, 3, 2), D(2026, 3, 3), null, Open: true)],
        });

        var pause = Assert.Single(d.Pauses);
        Assert.Equal(D(2026, 3, 24), pause.To);
        Assert.Equal(16, pause.WorkingDays);
        Assert.True(pause.Provisional);
        Assert.Equal(OfficialWorkdays.Instance.AddWorkingDays(D(2026, 3, 18), 16), d.DueOn);
    }

    [Fact]
    public void A_reply_after_the_window_counts_only_to_the_window_end()
    {
        var late = Compute(Received(D(2026, 2, 12)) with
        {
            Consultations = [new ConsultationFacts(D(2026, 3, 2), D(2026, 3, 3), D(2026, 4, 10), Open: false)],
        });

        Assert.Equal(D(2026, 3, 24), Assert.Single(late.Pauses).To);
    }

    [Fact]
    public void The_pause_can_start_from_the_third_partys_receipt_instead()
    {
        var d = Compute(Received(D(2026, 2, 12)) with
        {
            Consultations = [new ConsultationFacts(D(2026, 3, 2), D(2026, 3, 3), D(2026, 3, 10), Open: false)],
        }, new RequestPeriods { ConsultationPauseStart = ConsultationPauseStart.DayAfterThirdPartyReceipt });

        Assert.Equal(5, Assert.Single(d.Pauses).WorkingDays);
        Assert.Equal(D(2026, 3, 25), d.DueOn);
    }

    [Fact]
    public void A_consultation_before_the_corrected_request_is_absorbed_by_the_restart()
    {
        var d = Compute(new ClockFacts(D(2025, 9, 26), D(2025, 9, 29), D(2025, 10, 10),
            [new ConsultationFacts(D(2025, 9, 28), null, D(2025, 9, 30), Open: false)], null, null));

        Assert.Empty(d.Pauses);
        Assert.Equal(D(2025, 11, 6), d.DueOn);
    }

    [Fact]
    public void Awaiting_the_fee_stops_the_clock_until_paid_when_so_configured()
    {
        // Notice Mon 2025-12-01, paid Fri 12/5: 12/2–12/5 is 4 working days.
        var facts = Received(D(2025, 11, 20)) with { Fee = new FeeFacts(D(2025, 12, 1), D(2025, 12, 5)) };
        var paused = Compute(facts);
        var running = Compute(facts, new RequestPeriods { FeePausesClock = false });

        Assert.Equal(4, Assert.Single(paused.Pauses).WorkingDays);
        Assert.Equal(OfficialWorkdays.Instance.AddWorkingDays(running.DueOn!.Value, 4), paused.DueOn);
        Assert.Empty(running.Pauses);
    }

    [Fact]
    public void Received_on_a_rest_day_counts_from_the_next_working_day()
    {
        // Sat 2025-10-04 inside National Day: the first counted day is Thu 10/9, Sat 10/11 is a make-up day, the 20th is Tue 11/4.
        Assert.Equal(D(2025, 11, 4), Compute(Received(D(2025, 10, 4))).DueOn);
    }

    [Fact]
    public void A_year_the_calendar_does_not_know_is_an_error_never_a_guess()
    {
        var ex = Assert.ThrowsAny<DomainException>(() => Compute(Received(D(2026, 12, 20))));

        Assert.Equal("calendar.year_not_covered", ex.Code);
    }

    [Fact]
    public void The_explanation_states_start_rest_days_pauses_extension_and_result()
    {
        var d = Compute(Received(D(2026, 2, 12)) with
        {
            Consultations = [new ConsultationFacts(D(2026, 3, 2), D(2026, 3, 3), D(2026, 3, 10), Open: false)],
            ExtensionWorkingDays = 20,
        });

        var text = string.Join("\n", d.Explanation);
        Assert.Contains("2026-02-12", text, StringComparison.Ordinal);
        Assert.Contains("跳过休息日 14 天", text, StringComparison.Ordinal);
        Assert.Contains("2026-03-03 至 2026-03-10，6 个工作日", text, StringComparison.Ordinal);
        Assert.Contains("延期答复 20 个工作日", text, StringComparison.Ordinal);
        Assert.Contains("答复期限：2026-04-24", text, StringComparison.Ordinal);
    }
}
