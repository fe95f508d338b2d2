namespace OpenGov.Publication.Domain.Records;

/// <summary>
/// What the public sees of one publication of a record: only 主动公开 records ever get one, and only the public
/// text (the redacted one for 此件删减后公开). Public routes read nothing else, so nothing withheld can leak.
/// </summary>
public sealed class PublishedRevision
{
    private PublishedRevision()
    {
    }

    public Guid Id { get; private set; }

    public Guid RecordId { get; private set; }

    public int Revision { get; private set; }

    public Guid UnitId { get; private set; }

    public string IndexNumber { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string? DocumentNumber { get; private set; }

    public DateOnly FormedOn { get; private set; }

    public int Year { get; private set; }

    public string? SubjectCategory { get; private set; }

    public FiveDisclosureCategory? FiveDisclosure { get; private set; }

    public DocumentKind Kind { get; private set; }

    public DisclosureAttribute Attribute { get; private set; }

    public string Body { get; private set; } = "";

    /// <summary>Title, 文号 and the body as plain text, for substring search.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary><see cref="SearchTokens"/> of <see cref="SearchText"/>: on PostgreSQL a GIN index over them narrows a search to a few rows.</summary>
    public string[] SearchTerms { get; private set; } = [];

    public IReadOnlyList<Guid> CatalogueItemIds { get; private set; } = [];

    public IReadOnlyList<PublicationChannel> Channels { get; private set; } = [];

    public DateTimeOffset PublishedAt { get; private set; }

    public string? CorrectionReason { get; private set; }

    /// <summary>The newest revision of its record; older ones stay readable as history.</summary>
    public bool IsCurrent { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>施行日期 of a 规范性文件.</summary>
    public DateOnly? ValidFrom { get; private set; }

    /// <summary>有效期至 of a 规范性文件.</summary>
    public DateOnly? ValidUntil { get; private set; }

    /// <summary>The declared 效力状态 of a 规章 or 规范性文件 (null for other information), kept current on the current revision.</summary>
    public NormativeStatus? NormativeStatus { get; private set; }

    public DateOnly? NormativeStatusOn { get; private set; }

    public string? NormativeStatusNote { get; private set; }

    public Guid? ReplacedByRecordId { get; private set; }

    /// <summary>The attachments this release made public, fixed when it was published.</summary>
    public IReadOnlyList<Guid> AttachmentIds { get; private set; } = [];

    internal static PublishedRevision Create(GovernmentRecord record, int revision, string searchText, IReadOnlyList<PublicationChannel> channels, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        RecordId = record.Id,
        Revision = revision,
        UnitId = record.UnitId,
        IndexNumber = record.IndexNumber,
        Title = record.Content.Title,
        DocumentNumber = record.Content.DocumentNumber,
        FormedOn = record.Content.FormedOn,
        Year = record.Content.FormedOn.Year,
        SubjectCategory = record.Content.SubjectCategory,
        FiveDisclosure = record.Content.FiveDisclosure,
        Kind = record.Content.Kind,
        Attribute = record.Content.Attribute,
        Body = record.PublicBody,
        SearchText = searchText,
        SearchTerms = SearchTokens.ForText(searchText),
        CatalogueItemIds = [.. record.Content.CatalogueItemIds],
        Channels = [.. channels],
        PublishedAt = at,
        CorrectionReason = record.CorrectionReason,
        IsCurrent = true,
        ValidFrom = record.Content.ValidFrom,
        ValidUntil = record.Content.ValidUntil,
        NormativeStatus = record.Content.Kind.IsNormative() ? record.NormativeStatus : null,
        NormativeStatusOn = record.Content.Kind.IsNormative() ? record.NormativeStatusOn : null,
        NormativeStatusNote = record.Content.Kind.IsNormative() ? record.NormativeStatusNote : null,
        ReplacedByRecordId = record.Content.Kind.IsNormative() ? record.ReplacedByRecordId : null,
        AttachmentIds = record.PublicAttachmentIds,
    };

    internal void Supersede() => IsCurrent = false;

    internal void Withdraw(DateTimeOffset at) => WithdrawnAt = at;

    internal void MarkNormativeStatus(NormativeStatus status, DateOnly? on, string? note, Guid? replacedBy)
    {
        NormativeStatus = status;
        NormativeStatusOn = on;
        NormativeStatusNote = note;
        ReplacedByRecordId = replacedBy;
    }
}
