using OpenGov.BuildingBlocks.Infrastructure.Outbox;
using OpenGov.Organization.Contracts;
using OpenGov.Requests.Application.Handling;
using OpenGov.Requests.Infrastructure.Persistence;

namespace OpenGov.Requests.Infrastructure.Consumers;

/// <summary>Open reply deadlines move with the calendar they are counted in.</summary>
internal sealed class WorkingCalendarChangedConsumer(RequestsDbContext db, DeadlineRecomputation recomputation, TimeProvider clock)
    : IntegrationEventHandler<WorkingCalendarChangedIntegrationEvent, RequestsDbContext>(db, clock)
{
    protected override Task HandleAsync(WorkingCalendarChangedIntegrationEvent e, CancellationToken cancellationToken) =>
        recomputation.RecomputeOpenAsync(e.Years.Min(), cancellationToken);
}
