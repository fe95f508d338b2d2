namespace OpenGov.Publication.Domain.Records;

/// <summary>Everything the drafter decides about a record; replaced as a whole while it is a draft.</summary>
public sealed record RecordContent(
    string Title,
    string? DocumentNumber,
    DateOnly FormedOn,
    string? SubjectCategory,
    FiveDisclosureCategory? FiveDisclosure,
    DocumentKind Kind,
    DisclosureAttribute Attribute,
    IReadOnlyList<WithholdingGround> Grounds,
    string? AttributeReason,
    string Body,
    string? RedactedBody,
    IReadOnlyList<Guid> CatalogueItemIds,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil);
