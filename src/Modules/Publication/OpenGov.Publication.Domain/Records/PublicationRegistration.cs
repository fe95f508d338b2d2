namespace OpenGov.Publication.Domain.Records;

/// <summary>发布登记 (PUB-7): an append-only line per release, correction or withdrawal.</summary>
public sealed class PublicationRegistration
{
    private PublicationRegistration()
    {
    }

    public Guid Id { get; private set; }

    public Guid RecordId { get; private set; }

    public RegistrationKind Kind { get; private set; }

    public int Revision { get; private set; }

    public Guid UnitId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? PublisherId { get; private set; }

    public string PublisherName { get; private set; } = "";

    /// <summary>Who approved each stage of the round that cleared this release, e.g. “初审：张三；终审：王五”.</summary>
    public string Reviewers { get; private set; } = "";

    public IReadOnlyList<PublicationChannel> Channels { get; private set; } = [];

    /// <summary>Named accounts, bulletin boards or other channels in words.</summary>
    public string? ChannelNote { get; private set; }

    /// <summary>信息原始内容: the SHA-256 of the released title and text, which the revision keeps in full.</summary>
    public string ContentSha256 { get; private set; } = "";

    public string? Reason { get; private set; }

    internal static PublicationRegistration Create(
        GovernmentRecord record, RegistrationKind kind, int revision, DateTimeOffset at, Guid? publisherId, string publisherName,
        string reviewers, IReadOnlyList<PublicationChannel> channels, string? channelNote, string contentSha256, string? reason) => new()
    {
        Id = Guid.NewGuid(), RecordId = record.Id, Kind = kind, Revision = revision, UnitId = record.UnitId, At = at,
        PublisherId = publisherId, PublisherName = publisherName, Reviewers = reviewers, Channels = [.. channels],
        ChannelNote = channelNote, ContentSha256 = contentSha256, Reason = reason,
    };
}
