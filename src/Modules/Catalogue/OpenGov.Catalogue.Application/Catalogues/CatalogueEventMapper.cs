using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Contracts;
using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>Tells other modules what a publication changed: the whole new version, then each changed and each retired item.</summary>
internal sealed class CatalogueEventMapper(ICatalogueDb db) : IDomainEventMapper<CataloguePublished>
{
    public IEnumerable<IIntegrationEvent> Map(CataloguePublished domainEvent)
    {
        var catalogue = db.Catalogues.Local.First(c => c.Id == domainEvent.CatalogueId);
        var items = catalogue.Items.OrderBy(i => i.Sequence).ToList();
        yield return new CataloguePublishedIntegrationEvent(
            catalogue.Id, catalogue.UnitId, catalogue.DomainCode, catalogue.Edition, [.. items.Select(i => i.ToPublished())])
        {
            OccurredAt = domainEvent.OccurredAt,
        };

        var byKey = items.ToDictionary(i => i.ItemKey);
        foreach (var key in domainEvent.ChangedItemKeys)
        {
            var item = byKey[key];
            yield return new CatalogueItemChangedIntegrationEvent(
                key, catalogue.UnitId, catalogue.DomainCode, catalogue.Edition, item.FirstLevel, item.SecondLevel, item.Deadline.ToContract())
            {
                OccurredAt = domainEvent.OccurredAt,
            };
        }

        foreach (var retired in domainEvent.RetiredItems)
        {
            yield return new CatalogueItemRetiredIntegrationEvent(
                retired.ItemKey, catalogue.UnitId, catalogue.DomainCode, catalogue.Edition, retired.FirstLevel, retired.SecondLevel)
            {
                OccurredAt = domainEvent.OccurredAt,
            };
        }
    }
}
