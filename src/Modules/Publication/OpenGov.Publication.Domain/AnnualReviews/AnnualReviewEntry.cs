using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Domain.AnnualReviews;

/// <summary>
/// One withheld record in a round, with what it was withheld under. A disclose decision overwrites the record's
/// attribute, so the entry is where the old attribute, grounds and reason stay on file.
/// </summary>
public sealed class AnnualReviewEntry
{
    private AnnualReviewEntry()
    {
    }

    public Guid Id { get; private set; }

    public Guid ReviewId { get; private set; }

    public Guid RecordId { get; private set; }

    public string IndexNumber { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string? DocumentNumber { get; private set; }

    public DateOnly FormedOn { get; private set; }

    /// <summary>The withheld attribute: as of opening, and as of the decision once decided.</summary>
    public DisclosureAttribute Attribute { get; private set; }

    public IReadOnlyList<WithholdingGround> Grounds { get; private set; } = [];

    public string? AttributeReason { get; private set; }

    public ReviewDecision? Decision { get; private set; }

    public string? DecisionReason { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedById { get; private set; }

    public string? DecidedByName { get; private set; }

    internal static AnnualReviewEntry For(Guid reviewId, GovernmentRecord record) => new()
    {
        Id = Guid.NewGuid(), ReviewId = reviewId, RecordId = record.Id, IndexNumber = record.IndexNumber, Title = record.Content.Title,
        DocumentNumber = record.Content.DocumentNumber, FormedOn = record.Content.FormedOn, Attribute = record.Content.Attribute,
        Grounds = [.. record.Content.Grounds], AttributeReason = record.Content.AttributeReason,
    };

    internal void Decide(ReviewDecision decision, string reason, RecordContent before, Guid? by, string byName, DateTimeOffset at)
    {
        Attribute = before.Attribute;
        Grounds = [.. before.Grounds];
        AttributeReason = before.AttributeReason;
        Decision = decision;
        DecisionReason = reason;
        DecidedAt = at;
        DecidedById = by;
        DecidedByName = byName;
    }
}
