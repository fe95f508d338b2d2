using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Domain.Deadlines;

namespace OpenGov.Requests.Domain.Requests;

/// <summary>信息处理费 (REQ-15): notice, payment, or abandonment when unpaid.</summary>
public sealed partial class DisclosureRequest
{
    public FeeMode? FeeMode { get; private set; }

    /// <summary>按件: the request's number in the applicant's month; 按量: pages.</summary>
    public int? FeeQuantity { get; private set; }

    public decimal? FeeAmount { get; private set; }

    public string? FeeBreakdown { get; private set; }

    public DateOnly? FeeNoticeOn { get; private set; }

    public DateOnly? FeePaidOn { get; private set; }

    public Result NotifyFee(FeeMode mode, int quantity, decimal amount, string breakdown, DateOnly noticeOn, Actor by,
        RequestPeriods periods, IWorkdays days)
    {
        if (Status != RequestStatus.InProgress)
        {
            return WrongStatus("通知缴费");
        }

        if (FeeNoticeOn is not null)
        {
            return Error.Conflict("requests.fee_once", "每件申请只能按件或按量收费一次，不得同时适用");
        }

        if (amount <= 0)
        {
            return Error.Field("requests.fee_zero", "quantity", "按收费标准本件申请免费，无需通知缴费");
        }

        if ((NotFuture(noticeOn, by.Today, "noticeOn") ?? NotBeforeReceipt(noticeOn, "noticeOn")) is { } invalid)
        {
            return invalid;
        }

        FeeMode = mode;
        FeeQuantity = quantity;
        FeeAmount = amount;
        FeeBreakdown = breakdown;
        FeeNoticeOn = noticeOn;
        Status = RequestStatus.AwaitingFee;
        Log("发出收费通知", noticeOn, by.Name, $"{amount:0.##} 元：{breakdown}", by.Now);
        RefreshOrNote(periods, days);
        return Result.Success();
    }

    public DateOnly? FeePaymentDueOn(RequestPeriods periods, IWorkdays days) =>
        FeeNoticeOn is { } notice ? days.AddWorkingDays(notice, periods.FeePaymentWorkingDays) : null;

    public Result RecordFeePaid(DateOnly paidOn, Actor by, RequestPeriods periods, IWorkdays days)
    {
        if (Status != RequestStatus.AwaitingFee)
        {
            return WrongStatus("登记缴费");
        }

        if (NotFuture(paidOn, by.Today, "paidOn") is { } future)
        {
            return future;
        }

        if (paidOn < FeeNoticeOn)
        {
            return Error.Field("requests.date_before_notice", "paidOn", "缴费日期不能早于收费通知日期");
        }

        FeePaidOn = paidOn;
        Status = RequestStatus.InProgress;
        Log("缴纳信息处理费", paidOn, by.Name, $"{FeeAmount:0.##} 元", by.Now);
        RefreshOrNote(periods, days);
        return Result.Success();
    }
}
