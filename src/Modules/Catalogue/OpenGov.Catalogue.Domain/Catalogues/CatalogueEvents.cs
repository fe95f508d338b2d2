using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Catalogue.Domain.Catalogues;

/// <param name="ChangedItemKeys">Items that existed in the previous version and now read differently.</param>
/// <param name="RetiredItems">Items of the previous version that this version no longer has.</param>
public sealed record CataloguePublished(
    Guid CatalogueId, IReadOnlyList<Guid> ChangedItemKeys, IReadOnlyList<RetiredItem> RetiredItems, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record RetiredItem(Guid ItemKey, string FirstLevel, string SecondLevel);
