namespace OpenGov.Requests.Domain.Deadlines;

/// <summary>
/// The reply deadline of a disclosure request, counted in working days (REQ-4, REQ-6, REQ-7, REQ-8, REQ-10, REQ-15;
/// GEN-2: the start day is not counted, also when it is a rest day).
/// </summary>
public static class RequestClock
{
    public static ReplyDeadline Compute(ClockFacts facts, RequestPeriods periods, IWorkdays days)
    {
        var noticeDue = days.AddWorkingDays(facts.ReceivedOn, periods.CorrectionNoticeWorkingDays);
        var restarted = facts.CorrectionReceivedOn is not null;
        var start = facts.CorrectionReceivedOn ?? facts.ReceivedOn;
        var startReason = restarted ? "收到补正后的申请之日" : "收到申请之日";
        var baseDue = days.AddWorkingDays(start, periods.ReplyWorkingDays);
        var restDays = baseDue.DayNumber - start.DayNumber - periods.ReplyWorkingDays;
        var awaitingCorrection = facts.CorrectionNoticeOn is not null && !restarted;

        var pauses = new List<ClockPause>();
        foreach (var consultation in facts.Consultations.Where(c => c.SentOn >= start).OrderBy(c => c.SentOn))
        {
            pauses.Add(ConsultationPause(consultation, periods, days));
        }

        if (periods.FeePausesClock && facts.Fee is { } fee && fee.NoticeOn >= start)
        {
            var paymentDue = days.AddWorkingDays(fee.NoticeOn, periods.FeePaymentWorkingDays);
            var end = fee.PaidOn is { } paid && paid < paymentDue ? paid : paymentDue;
            pauses.Add(new ClockPause("等待缴纳信息处理费", days.AddWorkingDays(fee.NoticeOn, 1), end,
                Math.Max(0, days.WorkingDaysBetween(fee.NoticeOn, end)), fee.PaidOn is null));
        }

        var paused = pauses.Sum(p => p.WorkingDays);
        var beforeExtension = days.AddWorkingDays(baseDue, paused);
        var extension = facts.ExtensionWorkingDays ?? 0;
        DateOnly? due = awaitingCorrection ? null : days.AddWorkingDays(beforeExtension, extension);

        var deadline = new ReplyDeadline(start, startReason, periods.ReplyWorkingDays, baseDue, restDays, pauses, extension, due,
            noticeDue, awaitingCorrection)
        {
            DueBeforeExtension = beforeExtension,
        };
        return deadline with { Explanation = Explain(deadline, facts) };
    }

    private static ClockPause ConsultationPause(ConsultationFacts consultation, RequestPeriods periods, IWorkdays days)
    {
        var anchor = periods.ConsultationPauseStart == ConsultationPauseStart.DayAfterThirdPartyReceipt && consultation.DeliveredOn is { } delivered
            ? delivered
            : consultation.SentOn;
        // The third party has 15 working days from receipt (REQ-8); silence ends the pause when they run out.
        var windowEnd = days.AddWorkingDays(consultation.DeliveredOn ?? consultation.SentOn, periods.ConsultationWorkingDays);
        var end = consultation.RepliedOn is { } replied && replied < windowEnd ? replied : windowEnd;
        var from = days.AddWorkingDays(anchor, 1);
        var workingDays = Math.Max(0, days.WorkingDaysBetween(anchor, end));
        return new ClockPause("征求第三方意见", from, end < from ? from : end, workingDays, consultation.Open);
    }

    private static List<string> Explain(ReplyDeadline d, ClockFacts facts)
    {
        var lines = new List<string>
        {
            $"收到申请：{facts.ReceivedOn:yyyy-MM-dd}；补正告知最迟于 {d.CorrectionNoticeDueOn:yyyy-MM-dd} 发出（收到申请之日起 7 个工作日内，条例第三十条）。",
        };
        if (d.AwaitingCorrection)
        {
            lines.Add($"已于 {facts.CorrectionNoticeOn:yyyy-MM-dd} 告知补正：答复期限自收到补正后的申请之日起重新计算（条例第三十条）。");
            return lines;
        }

        lines.Add($"起算日：{d.StartReason} {d.StartOn:yyyy-MM-dd}（当日不计），{d.BaseWorkingDays} 个工作日内答复（条例第三十三条），" +
                  $"跳过休息日 {d.RestDaysSkipped} 天，至 {d.BaseDueOn:yyyy-MM-dd}。");
        foreach (var pause in d.Pauses)
        {
            var state = pause.Provisional ? "（尚未结束，暂按最长期间计算）" : string.Empty;
            lines.Add($"{pause.Reason}：{pause.From:yyyy-MM-dd} 至 {pause.To:yyyy-MM-dd}，{pause.WorkingDays} 个工作日不计入答复期限{state}（条例第三十三条）。");
        }

        if (d.ExtensionWorkingDays > 0)
        {
            lines.Add($"延期答复 {d.ExtensionWorkingDays} 个工作日（条例第三十三条第二款），原期限 {d.DueBeforeExtension:yyyy-MM-dd}。");
        }

        lines.Add($"答复期限：{d.DueOn:yyyy-MM-dd}。");
        return lines;
    }
}
