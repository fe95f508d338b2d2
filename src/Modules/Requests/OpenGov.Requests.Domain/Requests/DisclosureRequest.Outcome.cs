using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Domain.Deadlines;

namespace OpenGov.Requests.Domain.Requests;

/// <summary>Decision, reply letter, delivery, archive, and the ways a request ends without a reply.</summary>
public sealed partial class DisclosureRequest
{
    /// <summary>The decision, with the reply letter drafted from its template; it may be revised until the reply is sent.</summary>
    public Result Decide(RequestOutcome outcome, DateOnly decidedOn, string? details, string letterTitle, string letterBody, Actor by)
    {
        if (Status is not (RequestStatus.InProgress or RequestStatus.Decided))
        {
            return Status is RequestStatus.InConsultation
                ? Error.Conflict("requests.consultation_open", "征求意见尚未结束，不能作出答复决定")
                : WrongStatus("作出答复决定");
        }

        if (outcome is RequestOutcome.OtherNoCorrection or RequestOutcome.OtherFeeUnpaid)
        {
            return Error.Field("requests.outcome_by_command", "outcome", "逾期不补正、逾期不缴费的情形请使用对应的终止操作登记");
        }

        if ((NotFuture(decidedOn, by.Today, "decidedOn") ?? NotBeforeReceipt(decidedOn, "decidedOn")) is { } invalid)
        {
            return invalid;
        }

        if (outcome == RequestOutcome.UnableUnclear && CorrectionReceivedOn is null)
        {
            return Error.Field("requests.unclear_needs_correction", "outcome", "“补正后申请内容仍不明确”只适用于已经补正的申请");
        }

        Outcome = outcome;
        DecidedOn = decidedOn;
        DecisionDetails = details?.Trim();
        LetterTitle = letterTitle;
        LetterBody = letterBody;
        Status = RequestStatus.Decided;
        Log("作出答复决定", decidedOn, by.Name, RequestLabels.Outcome(outcome), by.Now);
        return Result.Success();
    }

    public Result EditLetter(string title, string body, Actor by)
    {
        if (Status != RequestStatus.Decided)
        {
            return WrongStatus("修改告知书");
        }

        LetterTitle = title.Trim();
        LetterBody = body;
        Log("修改告知书", by.Today, by.Name, null, by.Now);
        return Result.Success();
    }

    /// <summary>答复: the letter goes out and the request is 办结 on that day.</summary>
    public Result Reply(DateOnly repliedOn, Actor by)
    {
        if (Status != RequestStatus.Decided)
        {
            return Status == RequestStatus.InProgress
                ? Error.Conflict("requests.outcome_required", "尚未作出答复决定（办理结果），不能答复办结")
                : WrongStatus("答复");
        }

        if ((NotFuture(repliedOn, by.Today, "repliedOn") ?? NotBeforeReceipt(repliedOn, "repliedOn")) is { } invalid)
        {
            return invalid;
        }

        if (repliedOn < DecidedOn)
        {
            return Error.Field("requests.reply_before_decision", "repliedOn", $"答复日期不能早于作出决定的日期 {DecidedOn:yyyy-MM-dd}");
        }

        RepliedOn = repliedOn;
        ClosedOn = repliedOn;
        Status = RequestStatus.Replied;
        Log("答复", repliedOn, by.Name, LetterTitle, by.Now);
        return Result.Success();
    }

    public Result RecordDelivery(DateOnly deliveredOn, string method, Actor by)
    {
        if (Status != RequestStatus.Replied)
        {
            return WrongStatus("登记送达");
        }

        if (NotFuture(deliveredOn, by.Today, "deliveredOn") is { } future)
        {
            return future;
        }

        if (deliveredOn < RepliedOn)
        {
            return Error.Field("requests.delivery_before_reply", "deliveredOn", "送达日期不能早于答复日期");
        }

        DeliveredOn = deliveredOn;
        DeliveryMethod = method.Trim();
        Status = RequestStatus.Delivered;
        Log("送达", deliveredOn, by.Name, DeliveryMethod, by.Now);
        return Result.Success();
    }

    public Result Archive(Actor by)
    {
        if (Status is not (RequestStatus.Replied or RequestStatus.Delivered or RequestStatus.Closed))
        {
            return WrongStatus("归档");
        }

        ArchivedOn = by.Today;
        Status = RequestStatus.Archived;
        Log("归档", by.Today, by.Name, null, by.Now);
        return Result.Success();
    }

    /// <summary>REQ-4: no correction within the period given ⇒ 视为放弃, 其他处理 1.</summary>
    public Result CloseForNoCorrection(DateOnly closedOn, Actor by)
    {
        if (Status != RequestStatus.AwaitingCorrection)
        {
            return WrongStatus("按逾期不补正终止");
        }

        if (closedOn <= CorrectionDueOn)
        {
            return Error.Conflict("requests.correction_period_running", $"补正期限至 {CorrectionDueOn:yyyy-MM-dd}，期满后才能视为放弃");
        }

        return End(RequestOutcome.OtherNoCorrection, closedOn, "申请人逾期未补正，视为放弃申请", by);
    }

    /// <summary>REQ-15: the fee not paid within the period ⇒ 视为放弃, 其他处理 2.</summary>
    public Result CloseForUnpaidFee(DateOnly closedOn, Actor by, RequestPeriods periods, IWorkdays days)
    {
        if (Status != RequestStatus.AwaitingFee)
        {
            return WrongStatus("按逾期不缴费终止");
        }

        var due = FeePaymentDueOn(periods, days);
        if (closedOn <= due)
        {
            return Error.Conflict("requests.fee_period_running", $"缴费期限至 {due:yyyy-MM-dd}，期满后才能视为放弃");
        }

        return End(RequestOutcome.OtherFeeUnpaid, closedOn, "申请人逾期未缴纳信息处理费，视为放弃申请", by);
    }

    /// <summary>The applicant withdrew the request: 其他处理 3.其他.</summary>
    public Result Withdraw(DateOnly withdrawnOn, string reason, Actor by)
    {
        if (IsClosed || Status == RequestStatus.Decided)
        {
            return WrongStatus("登记撤回申请");
        }

        return End(RequestOutcome.OtherOther, withdrawnOn, $"申请人撤回申请：{reason.Trim()}", by);
    }

    /// <summary>依申请转主动: released information of public interest goes into the publication flow.</summary>
    public Result ReleaseForPublication(string note, Actor by)
    {
        if (Outcome is not (RequestOutcome.Granted or RequestOutcome.PartlyGranted) || RepliedOn is not { } replied)
        {
            return Error.Conflict("requests.not_released", "只有已答复且予以公开或部分公开的申请可以转为主动公开");
        }

        if (ReleasedForPublicationAt is not null)
        {
            return Error.Conflict("requests.already_released", "该申请的信息已转为主动公开");
        }

        ReleasedForPublicationAt = by.Now;
        Log("依申请转主动公开", by.Today, by.Name, note, by.Now);
        Raise(new RequestReleasedForPublication(Id, UnitId, TrackingNumber, InformationDescription, Outcome.Value, replied, note.Trim(), by.Now));
        return Result.Success();
    }

    private Result End(RequestOutcome outcome, DateOnly on, string note, Actor by)
    {
        if ((NotFuture(on, by.Today, "closedOn") ?? NotBeforeReceipt(on, "closedOn")) is { } invalid)
        {
            return invalid;
        }

        Outcome = outcome;
        DecidedOn = on;
        ClosedOn = on;
        Status = RequestStatus.Closed;
        Log("终止办理", on, by.Name, note, by.Now);
        return Result.Success();
    }
}
