using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Domain.Deadlines;

namespace OpenGov.Requests.Domain.Requests;

/// <summary>补正, consultation and extension: the steps that move the reply deadline.</summary>
public sealed partial class DisclosureRequest
{
    public DateOnly? CorrectionNoticeOn { get; private set; }

    public string? CorrectionPoints { get; private set; }

    /// <summary>The reasonable period the applicant was given to correct (REQ-4).</summary>
    public DateOnly? CorrectionDueOn { get; private set; }

    public DateOnly? CorrectionReceivedOn { get; private set; }

    /// <summary>The notice went out after the 7 working days of REQ-4: kept as a fact, flagged for supervision.</summary>
    public bool CorrectionNoticeLate { get; private set; }

    public int? ExtensionWorkingDays { get; private set; }

    public string? ExtensionReason { get; private set; }

    public string? ExtensionApprovedBy { get; private set; }

    public DateOnly? ExtensionApprovedOn { get; private set; }

    private bool Handling => Status is RequestStatus.Received or RequestStatus.InProgress;

    /// <summary>REQ-4: one notice listing every point, with a reasonable period to answer.</summary>
    public Result RequestCorrection(DateOnly noticeOn, string points, DateOnly? dueOn, Actor by, RequestPeriods periods, IWorkdays days)
    {
        if (!Handling || CorrectionNoticeOn is not null)
        {
            return CorrectionNoticeOn is not null
                ? Error.Conflict("requests.correction_once", "补正只能告知一次，须一次性告知需要补正的全部事项（条例第三十条）")
                : WrongStatus("告知补正");
        }

        if ((NotFuture(noticeOn, by.Today, "noticeOn") ?? NotBeforeReceipt(noticeOn, "noticeOn")) is { } invalid)
        {
            return invalid;
        }

        if (dueOn is { } due && due <= noticeOn)
        {
            return Error.Field("requests.correction_due_invalid", "dueOn", "补正期限须晚于告知日期");
        }

        DateOnly? noticeDue;
        DateOnly? defaultDue;
        try
        {
            noticeDue = days.AddWorkingDays(ReceivedOn, periods.CorrectionNoticeWorkingDays);
            defaultDue = dueOn ?? days.AddWorkingDays(noticeOn, periods.CorrectionReplyWorkingDays);
        }
        catch (DomainException) when (dueOn is not null)
        {
            // The calendar does not reach that far yet; the period the unit gave stands, lateness is judged when it can be.
            noticeDue = null;
            defaultDue = dueOn;
        }

        CorrectionNoticeOn = noticeOn;
        CorrectionPoints = points.Trim();
        CorrectionDueOn = defaultDue;
        CorrectionNoticeLate = noticeOn > noticeDue;
        Status = RequestStatus.AwaitingCorrection;
        Log("告知补正", noticeOn, by.Name, $"补正期限 {CorrectionDueOn:yyyy-MM-dd}；{CorrectionPoints}", by.Now);
        RefreshOrNote(periods, days);
        return Result.Success();
    }

    /// <summary>REQ-4: the reply period restarts in full on the day the corrected request arrives.</summary>
    public Result ReceiveCorrection(DateOnly receivedOn, string? note, Actor by, RequestPeriods periods, IWorkdays days)
    {
        if (Status != RequestStatus.AwaitingCorrection)
        {
            return WrongStatus("登记补正");
        }

        if (NotFuture(receivedOn, by.Today, "receivedOn") is { } future)
        {
            return future;
        }

        if (receivedOn < CorrectionNoticeOn)
        {
            return Error.Field("requests.date_before_notice", "receivedOn", "收到补正的日期不能早于补正告知日期");
        }

        CorrectionReceivedOn = receivedOn;
        Status = RequestStatus.InProgress;
        Log("收到补正", receivedOn, by.Name, note, by.Now);
        RefreshOrNote(periods, days);
        return Result.Success();
    }

    /// <summary>REQ-8/9: a written consultation; its time does not count (REQ-10).</summary>
    public Result Consult(ConsultedParty party, string partyName, DateOnly sentOn, Actor by, RequestPeriods periods, IWorkdays days)
    {
        if (Status is not (RequestStatus.InProgress or RequestStatus.InConsultation))
        {
            return WrongStatus("征求意见");
        }

        if ((NotFuture(sentOn, by.Today, "sentOn") ?? NotBeforeReceipt(sentOn, "sentOn")) is { } invalid)
        {
            return invalid;
        }

        _consultations.Add(new Consultation(_consultations.Count + 1, party, partyName.Trim(), sentOn));
        Status = RequestStatus.InConsultation;
        Log(party == ConsultedParty.ThirdParty ? "征求第三方意见" : "征求共同制作机关意见", sentOn, by.Name, partyName, by.Now);
        RefreshOrNote(periods, days);
        return Result.Success();
    }

    public Result RecordConsultationDelivery(int number, DateOnly deliveredOn, Actor by, RequestPeriods periods, IWorkdays days)
    {
        if (FindOpenConsultation(number) is not { } consultation)
        {
            return ConsultationNotOpen(number);
        }

        if (NotFuture(deliveredOn, by.Today, "deliveredOn") is { } future)
        {
            return future;
        }

        if (deliveredOn < consultation.SentOn)
        {
            return Error.Field("requests.date_before_sent", "deliveredOn", "送达日期不能早于发出征求意见函的日期");
        }

        consultation.Delivered(deliveredOn);
        Log("征求意见函送达", deliveredOn, by.Name, consultation.PartyName, by.Now);
        RefreshOrNote(periods, days);
        return Result.Success();
    }

    /// <summary>The answer, or silence once the window has run out (REQ-8: the organ decides; REQ-9: consent).</summary>
    public Result RecordConsultationAnswer(int number, DateOnly? repliedOn, ConsultationOpinion opinion, string? note, Actor by,
        RequestPeriods periods, IWorkdays days)
    {
        if (FindOpenConsultation(number) is not { } consultation)
        {
            return ConsultationNotOpen(number);
        }

        if (opinion == ConsultationOpinion.NoReply)
        {
            var windowEnd = days.AddWorkingDays(consultation.DeliveredOn ?? consultation.SentOn, periods.ConsultationWorkingDays);
            if (by.Today <= windowEnd)
            {
                return Error.Conflict("requests.consultation_window_open", $"征求意见期限至 {windowEnd:yyyy-MM-dd}，期满后才能按逾期未答复处理");
            }

            repliedOn = null;
        }
        else if (repliedOn is not { } replied)
        {
            return Error.Field("requests.replied_on_required", "repliedOn", "请填写收到答复的日期");
        }
        else if (NotFuture(replied, by.Today, "repliedOn") is { } future)
        {
            return future;
        }
        else if (replied < consultation.SentOn)
        {
            return Error.Field("requests.date_before_sent", "repliedOn", "答复日期不能早于发出征求意见函的日期");
        }

        consultation.Answered(repliedOn, opinion, note);
        if (_consultations.All(c => !c.IsOpen))
        {
            Status = RequestStatus.InProgress;
        }

        Log("收到征求意见答复", repliedOn ?? by.Today, by.Name, $"{consultation.PartyName}：{RequestLabels.Opinion(opinion)}", by.Now);
        RefreshOrNote(periods, days);
        return Result.Success();
    }

    /// <summary>REQ-7: once, at most 20 working days, approved by the head of the disclosure office before the deadline.</summary>
    public Result Extend(int workingDays, string reason, string approvedBy, DateOnly approvedOn, Actor by, RequestPeriods periods, IWorkdays days)
    {
        if (IsClosed || Status is RequestStatus.AwaitingCorrection or RequestStatus.Decided)
        {
            return WrongStatus("延期答复");
        }

        if (ExtensionWorkingDays is not null)
        {
            return Error.Conflict("requests.extension_once", "延期答复只能一次（条例第三十三条）");
        }

        if (workingDays < 1 || workingDays > periods.MaxExtensionWorkingDays)
        {
            return Error.Field("requests.extension_days_invalid", "workingDays", $"延长的期限为 1 至 {periods.MaxExtensionWorkingDays} 个工作日");
        }

        if ((NotFuture(approvedOn, by.Today, "approvedOn") ?? NotBeforeReceipt(approvedOn, "approvedOn")) is { } invalid)
        {
            return invalid;
        }

        var before = ComputeDeadline(periods, days).DueBeforeExtension;
        if (periods.ExtensionBeforeDeadline && approvedOn > before)
        {
            return Error.Field("requests.extension_too_late", "approvedOn", $"延期须在原答复期限 {before:yyyy-MM-dd} 届满前批准并告知申请人");
        }

        ExtensionWorkingDays = workingDays;
        ExtensionReason = reason.Trim();
        ExtensionApprovedBy = approvedBy.Trim();
        ExtensionApprovedOn = approvedOn;
        Log("延期答复", approvedOn, by.Name, $"延长 {workingDays} 个工作日，批准人 {ExtensionApprovedBy}：{ExtensionReason}", by.Now);
        RefreshOrNote(periods, days);
        return Result.Success();
    }

    private Consultation? FindOpenConsultation(int number) =>
        _consultations.FirstOrDefault(c => c.Number == number && c.IsOpen);

    private Error ConsultationNotOpen(int number) =>
        _consultations.Any(c => c.Number == number)
            ? Error.Conflict("requests.consultation_closed", $"第 {number} 次征求意见已有结果")
            : Error.NotFound("requests.consultation_not_found", $"没有第 {number} 次征求意见");
}

/// <summary>Who acts, on which day (China time) and at which instant.</summary>
public sealed record Actor(string Name, DateOnly Today, DateTimeOffset Now);
