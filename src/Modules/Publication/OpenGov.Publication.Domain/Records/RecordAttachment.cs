namespace OpenGov.Publication.Domain.Records;

/// <summary>
/// A file attached to a record, stored by the SHA-256 of its content. Once the record is published with it, it is
/// part of what was released and is never removed; before that a draft may drop it (soft delete, kept for the audit).
/// </summary>
public sealed class RecordAttachment
{
    public const int FileNameMaxLength = 200;

    private RecordAttachment()
    {
    }

    public Guid Id { get; private set; }

    public Guid RecordId { get; private set; }

    public string FileName { get; private set; } = "";

    /// <summary>The content type of the checked format, never the uploader's claim.</summary>
    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = "";

    /// <summary>
    /// The uploader's choice; null means the attribute decides (此件公开发布: public; 此件删减后公开: only a file
    /// flagged public, i.e. the redacted version; withheld attributes: never).
    /// </summary>
    public bool? MarkedPublic { get; private set; }

    public Guid? UploadedById { get; private set; }

    public string UploadedByName { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>The first published revision that included it; from then on it cannot be removed.</summary>
    public int? FirstPublishedRevision { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public bool IsRemoved => RemovedAt is not null;

    internal static RecordAttachment Create(
        Guid recordId, string fileName, string contentType, long size, string sha256, bool? markedPublic, Guid? by, string byName, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(), RecordId = recordId, FileName = fileName, ContentType = contentType, Size = size, Sha256 = sha256,
        MarkedPublic = markedPublic, UploadedById = by, UploadedByName = byName, UploadedAt = at,
    };

    /// <summary>Whether a release under <paramref name="attribute"/> makes this file public (PUB-1).</summary>
    public bool IsPublicUnder(DisclosureAttribute attribute) => !IsRemoved && attribute switch
    {
        DisclosureAttribute.PublishInFull => MarkedPublic ?? true,
        DisclosureAttribute.PublishRedacted => MarkedPublic == true,
        _ => false,
    };

    internal void Released(int revision) => FirstPublishedRevision ??= revision;

    internal void Remove(DateTimeOffset at) => RemovedAt = at;
}
