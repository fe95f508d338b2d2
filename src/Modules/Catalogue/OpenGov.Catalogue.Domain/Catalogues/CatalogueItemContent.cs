namespace OpenGov.Catalogue.Domain.Catalogues;

/// <summary>
/// Every column of the official template (CAT-3) for one item, as entered. <see cref="ItemKey"/> is the
/// item's identity across versions (publications refer to it); null for a new item.
/// </summary>
public sealed record CatalogueItemContent(
    Guid? ItemKey,
    string FirstLevel,
    string SecondLevel,
    string Content,
    string Basis,
    string? DeadlineText,
    string Subject,
    IReadOnlyList<DisclosureChannel> Channels,
    string? OtherChannel,
    IReadOnlyList<DisclosureAudience> Audiences,
    string? SpecificGroup,
    IReadOnlyList<DisclosureMethod> Methods,
    IReadOnlyList<DisclosureLevel> Levels);
