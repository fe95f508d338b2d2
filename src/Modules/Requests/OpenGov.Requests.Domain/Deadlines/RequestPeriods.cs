namespace OpenGov.Requests.Domain.Deadlines;

/// <summary>
/// The statutory periods and the conventions the 条例 leaves open. The periods are law; the conventions marked
/// (unconfirmed) or (practice) in domain.md are settings.
/// </summary>
public sealed record RequestPeriods
{
    /// <summary>REQ-6: reply within 20 working days of receipt.</summary>
    public int ReplyWorkingDays { get; init; } = 20;

    /// <summary>REQ-4: the 补正 notice goes out within 7 working days of receipt.</summary>
    public int CorrectionNoticeWorkingDays { get; init; } = 7;

    /// <summary>REQ-4: the applicant's reasonable period to correct (practice).</summary>
    public int CorrectionReplyWorkingDays { get; init; } = 15;

    /// <summary>REQ-8/9: a consulted third party has 15 working days from receipt.</summary>
    public int ConsultationWorkingDays { get; init; } = 15;

    /// <summary>REQ-7: at most 20 working days of extension in total.</summary>
    public int MaxExtensionWorkingDays { get; init; } = 20;

    /// <summary>REQ-7 (practice): the extension is approved and notified before the original deadline.</summary>
    public bool ExtensionBeforeDeadline { get; init; } = true;

    /// <summary>REQ-15: payment within 20 working days from the day after the fee notice (unconfirmed).</summary>
    public int FeePaymentWorkingDays { get; init; } = 20;

    /// <summary>REQ-15: whether the reply clock stops while the fee is awaited (unconfirmed).</summary>
    public bool FeePausesClock { get; init; } = true;

    /// <summary>REQ-10: where a consultation pause starts (unconfirmed).</summary>
    public ConsultationPauseStart ConsultationPauseStart { get; init; } = ConsultationPauseStart.DayAfterLetterSent;
}

public enum ConsultationPauseStart
{
    /// <summary>From the working day after the letter is sent (domain.md's convention, E2).</summary>
    DayAfterLetterSent = 1,

    /// <summary>From the day after the third party receives the letter.</summary>
    DayAfterThirdPartyReceipt = 2,
}
