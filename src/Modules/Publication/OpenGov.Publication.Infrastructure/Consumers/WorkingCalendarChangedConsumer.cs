using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Infrastructure.Outbox;
using OpenGov.Organization.Contracts;
using OpenGov.Publication.Application.Deadlines;
using OpenGov.Publication.Application.Records;
using OpenGov.Publication.Domain.Records;
using OpenGov.Publication.Infrastructure.Persistence;

namespace OpenGov.Publication.Infrastructure.Consumers;

/// <summary>
/// A changed calendar year (a late notice, a local adjustment) moves every open 公开时限 counted through it, including
/// those that could not be computed before because the year was missing.
/// </summary>
internal sealed class WorkingCalendarChangedConsumer(PublicationDbContext db, RecordDrafting drafting, TimeProvider clock)
    : IntegrationEventHandler<WorkingCalendarChangedIntegrationEvent, PublicationDbContext>(db, clock)
{
    protected override async Task HandleAsync(WorkingCalendarChangedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var first = new DateOnly(e.Years.Min(), 1, 1);
        var open = await Db.Records.Where(RecordFilters.AwaitingDisclosure)
            .Where(r => r.OverdueSince == null && (r.DueOn == null || r.DueOn >= first))
            .ToListAsync(cancellationToken);
        foreach (var record in open)
        {
            await drafting.ApplyDeadlineAsync(record, cancellationToken);
        }
    }
}
