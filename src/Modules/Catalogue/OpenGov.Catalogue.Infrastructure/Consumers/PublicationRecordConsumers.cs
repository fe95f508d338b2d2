using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Infrastructure.Outbox;
using OpenGov.Catalogue.Domain.Coverage;
using OpenGov.Catalogue.Infrastructure.Persistence;
using OpenGov.Publication.Contracts;

namespace OpenGov.Catalogue.Infrastructure.Consumers;

/// <summary>Coverage: a linked record passed its 公开时限 unpublished, so its items count as overdue.</summary>
internal sealed class RecordOverdueConsumer(CatalogueDbContext db, TimeProvider clock)
    : IntegrationEventHandler<GovernmentInformationOverdueIntegrationEvent, CatalogueDbContext>(db, clock)
{
    protected override async Task HandleAsync(GovernmentInformationOverdueIntegrationEvent e, CancellationToken cancellationToken) =>
        (await LinkedRecords.FindOrAddAsync(Db, e.RecordId, e.UnitId, cancellationToken)).ApplyOverdue(e.CatalogueItemIds, e.DueOn, e.OccurredAt);
}

/// <summary>Coverage: a record (or its correction) was published, covering its items and settling what was overdue.</summary>
internal sealed class RecordPublishedConsumer(CatalogueDbContext db, TimeProvider clock)
    : IntegrationEventHandler<GovernmentInformationPublishedIntegrationEvent, CatalogueDbContext>(db, clock)
{
    protected override async Task HandleAsync(GovernmentInformationPublishedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await LinkedRecords.FindOrAddAsync(Db, e.RecordId, e.UnitId, cancellationToken))
            .ApplyPublished(e.Revision, e.CatalogueItemIds, e.PublishedLate, e.PublishedAt);
}

/// <summary>Coverage: a withdrawn record no longer covers its items.</summary>
internal sealed class RecordWithdrawnConsumer(CatalogueDbContext db, TimeProvider clock)
    : IntegrationEventHandler<GovernmentInformationWithdrawnIntegrationEvent, CatalogueDbContext>(db, clock)
{
    protected override async Task HandleAsync(GovernmentInformationWithdrawnIntegrationEvent e, CancellationToken cancellationToken) =>
        (await LinkedRecords.FindOrAddAsync(Db, e.RecordId, e.UnitId, cancellationToken)).ApplyWithdrawn(e.OccurredAt);
}

internal static class LinkedRecords
{
    /// <summary>
    /// Every event makes a row, records without catalogue items too: a withdrawal or a newer revision heard first
    /// must still be there when an older event arrives, or that older event would count for coverage again.
    /// </summary>
    public static async Task<LinkedRecord> FindOrAddAsync(CatalogueDbContext db, Guid recordId, Guid unitId, CancellationToken ct)
    {
        var record = await db.LinkedRecords.Include(r => r.Items).FirstOrDefaultAsync(r => r.Id == recordId, ct);
        if (record is null)
        {
            record = LinkedRecord.Create(recordId, unitId);
            db.LinkedRecords.Add(record);
        }

        return record;
    }
}
