using OpenGov.Requests.Domain.Deadlines;

namespace OpenGov.Requests.Application;

/// <summary>Settings under <c>Requests</c>. The statutory periods are law; the rest are conventions domain.md leaves open.</summary>
public sealed class RequestsOptions
{
    public const string Section = "Requests";

    public int ReplyWorkingDays { get; set; } = 20;

    public int CorrectionNoticeWorkingDays { get; set; } = 7;

    /// <summary>The applicant's period to correct when staff give none (practice).</summary>
    public int CorrectionReplyWorkingDays { get; set; } = 15;

    public int ConsultationWorkingDays { get; set; } = 15;

    public int MaxExtensionWorkingDays { get; set; } = 20;

    /// <summary>REQ-7 (practice): an extension must be approved before the original deadline.</summary>
    public bool ExtensionBeforeDeadline { get; set; } = true;

    /// <summary>REQ-15 (unconfirmed): days to pay after the fee notice.</summary>
    public int FeePaymentWorkingDays { get; set; } = 20;

    /// <summary>REQ-15 (unconfirmed): whether awaiting payment stops the reply clock.</summary>
    public bool FeePausesClock { get; set; } = true;

    /// <summary>REQ-10 (unconfirmed): DayAfterLetterSent or DayAfterThirdPartyReceipt.</summary>
    public ConsultationPauseStart ConsultationPauseStart { get; set; } = ConsultationPauseStart.DayAfterLetterSent;

    /// <summary>How many working days ahead the due-soon list looks.</summary>
    public int DueSoonWorkingDays { get; set; } = 5;

    /// <summary>Named in the remedy notice of reply letters (REQ-18).</summary>
    public string ReconsiderationOrgan { get; set; } = "本级人民政府";

    public string Court { get; set; } = "有管辖权的人民法院";

    public RequestPeriods Periods => new()
    {
        ReplyWorkingDays = ReplyWorkingDays,
        CorrectionNoticeWorkingDays = CorrectionNoticeWorkingDays,
        CorrectionReplyWorkingDays = CorrectionReplyWorkingDays,
        ConsultationWorkingDays = ConsultationWorkingDays,
        MaxExtensionWorkingDays = MaxExtensionWorkingDays,
        ExtensionBeforeDeadline = ExtensionBeforeDeadline,
        FeePaymentWorkingDays = FeePaymentWorkingDays,
        FeePausesClock = FeePausesClock,
        ConsultationPauseStart = ConsultationPauseStart,
    };
}
