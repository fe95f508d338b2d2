namespace OpenGov.Publication.Domain.Records;

/// <summary>One decision of one review stage (PUB-5, PUB-6); never changed once made.</summary>
public sealed class ReviewStep
{
    private ReviewStep()
    {
    }

    public Guid Id { get; private set; }

    public Guid RecordId { get; private set; }

    /// <summary>Each submission starts a new round; a rejection ends it.</summary>
    public int Round { get; private set; }

    public ReviewStage Stage { get; private set; }

    public bool Approved { get; private set; }

    public Guid? ReviewerId { get; private set; }

    public string ReviewerName { get; private set; } = "";

    public DateTimeOffset DecidedAt { get; private set; }

    public string? Opinion { get; private set; }

    internal static ReviewStep Create(Guid recordId, int round, ReviewStage stage, bool approved, Guid? reviewerId, string reviewerName, DateTimeOffset at, string? opinion) => new()
    {
        Id = Guid.NewGuid(), RecordId = recordId, Round = round, Stage = stage, Approved = approved,
        ReviewerId = reviewerId, ReviewerName = reviewerName, DecidedAt = at, Opinion = opinion,
    };
}
