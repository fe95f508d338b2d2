namespace OpenGov.BuildingBlocks.Infrastructure.Outbox;

/// <summary>An integration event waiting in its publisher's schema until every consumer has handled it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>Full CLR name of the event record (found again by scanning, never a hand-kept list).</summary>
    public string Type { get; set; } = "";

    public string Payload { get; set; } = "";

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>Set by the dispatcher that claimed the row; completion counts only if it still matches.</summary>
    public Guid? ClaimToken { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>Set after the last allowed attempt; the row stays visible and can be requeued.</summary>
    public DateTimeOffset? FailedAt { get; set; }
}

/// <summary>Handled (event, handler) pairs of one consuming module: a redelivery finds its row and does nothing.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; set; }

    public string HandlerName { get; set; } = "";

    public DateTimeOffset HandledAt { get; set; }
}
