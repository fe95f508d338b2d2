using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Infrastructure.Outbox;
using OpenGov.Catalogue.Contracts;
using OpenGov.Publication.Domain.CatalogueItems;
using OpenGov.Publication.Infrastructure.Persistence;

namespace OpenGov.Publication.Infrastructure.Consumers;

/// <summary>Keeps Publication's copy of the published catalogue items: a new version replaces the unit × domain's items.</summary>
internal sealed class CataloguePublishedConsumer(PublicationDbContext db, TimeProvider clock)
    : IntegrationEventHandler<CataloguePublishedIntegrationEvent, PublicationDbContext>(db, clock)
{
    protected override async Task HandleAsync(CataloguePublishedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var existing = await Db.CatalogueItems.Where(i => i.UnitId == e.UnitId && i.DomainCode == e.DomainCode).ToDictionaryAsync(i => i.ItemId, cancellationToken);
        foreach (var item in e.Items)
        {
            if (!existing.Remove(item.ItemId, out var copy))
            {
                copy = await Db.CatalogueItems.FindAsync([item.ItemId], cancellationToken);
                if (copy is null)
                {
                    copy = LinkedCatalogueItem.Create(item.ItemId, e.UnitId);
                    Db.CatalogueItems.Add(copy);
                }
            }

            copy.Apply(e.DomainCode, e.Edition, item.FirstLevel, item.SecondLevel, item.Deadline.Text, WorkingDays(item.Deadline), CalendarDays(item.Deadline));
        }

        foreach (var gone in existing.Values)
        {
            gone.Retire(e.Edition);
        }
    }

    internal static int? WorkingDays(CatalogueDeadline d) => d is { IsParsed: true, Unit: CatalogueDeadlineUnit.WorkingDays, Count: { } n } ? n : null;

    internal static int? CalendarDays(CatalogueDeadline d) => d is { IsParsed: true, Unit: CatalogueDeadlineUnit.Days, Count: { } n } ? n : null;
}

internal sealed class CatalogueItemRetiredConsumer(PublicationDbContext db, TimeProvider clock)
    : IntegrationEventHandler<CatalogueItemRetiredIntegrationEvent, PublicationDbContext>(db, clock)
{
    protected override async Task HandleAsync(CatalogueItemRetiredIntegrationEvent e, CancellationToken cancellationToken)
    {
        var copy = await Db.CatalogueItems.FindAsync([e.ItemId], cancellationToken);
        copy?.Retire(e.Edition);
    }
}
