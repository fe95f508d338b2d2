namespace OpenGov.Requests.Domain.Deadlines;

/// <summary>What the reply deadline depends on, read off a request.</summary>
public sealed record ClockFacts(
    DateOnly ReceivedOn,
    DateOnly? CorrectionNoticeOn,
    DateOnly? CorrectionReceivedOn,
    IReadOnlyList<ConsultationFacts> Consultations,
    FeeFacts? Fee,
    int? ExtensionWorkingDays);

/// <summary>A written consultation (REQ-8/9): letter sent, received by the party, answered.</summary>
public sealed record ConsultationFacts(DateOnly SentOn, DateOnly? DeliveredOn, DateOnly? RepliedOn, bool Open);

/// <summary>A fee notice and its payment (REQ-15).</summary>
public sealed record FeeFacts(DateOnly NoticeOn, DateOnly? PaidOn);
