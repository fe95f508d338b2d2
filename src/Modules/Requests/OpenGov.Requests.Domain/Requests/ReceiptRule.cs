using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Requests.Domain.Requests;

/// <summary>REQ-3 (条例第三十一条): the date a request counts as received depends on how it came.</summary>
public static class ReceiptRule
{
    public static bool NeedsConfirmation(IntakeChannel channel) =>
        channel is IntakeChannel.OrdinaryLetter or IntakeChannel.Fax or IntakeChannel.Email or IntakeChannel.Other;

    public static Result<DateOnly> ReceivedOn(IntakeChannel channel, DateOnly arrivedOn, DateOnly? confirmedOn)
    {
        if (confirmedOn is { } confirmed && confirmed < arrivedOn)
        {
            return Error.Field("requests.confirmed_before_arrival", "confirmedOn", "确认日期不能早于申请到达日期");
        }

        return channel switch
        {
            // 当面提交: the day handed in; 邮寄需签收: the day signed for.
            IntakeChannel.InPerson or IntakeChannel.RegisteredPost => arrivedOn,
            // The platform confirms receipt to the applicant when the form is submitted.
            IntakeChannel.Online => confirmedOn ?? arrivedOn,
            _ when confirmedOn is { } confirmed2 => confirmed2,
            _ => Error.Field("requests.confirmation_required", "confirmedOn",
                channel == IntakeChannel.OrdinaryLetter
                    ? "平常信函以与申请人确认之日为收到申请之日，请填写确认日期"
                    : "传真、电子邮件及其他渠道以双方确认之日为收到申请之日，请填写确认日期"),
        };
    }
}
