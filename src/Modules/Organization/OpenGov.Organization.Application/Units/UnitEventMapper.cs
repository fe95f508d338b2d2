using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.Organization.Application.Abstractions;
using OpenGov.Organization.Contracts;
using OpenGov.Organization.Domain.Units;

namespace OpenGov.Organization.Application.Units;

/// <summary>Publishes unit changes with the facts other modules keep in their own read models.</summary>
internal sealed class UnitEventMapper(IOrganizationDb db) :
    IDomainEventMapper<UnitCreated>, IDomainEventMapper<UnitUpdated>, IDomainEventMapper<UnitActivationChanged>
{
    public IEnumerable<IIntegrationEvent> Map(UnitCreated domainEvent)
    {
        var unit = db.Units.Local.First(u => u.Id == domainEvent.UnitId);
        yield return new UnitCreatedIntegrationEvent(unit.Id, unit.Name, unit.ShortName, unit.Type.ToContract(), unit.ParentId)
        {
            OccurredAt = domainEvent.OccurredAt,
        };
    }

    public IEnumerable<IIntegrationEvent> Map(UnitUpdated domainEvent) => Updated(domainEvent.UnitId, domainEvent.OccurredAt);

    public IEnumerable<IIntegrationEvent> Map(UnitActivationChanged domainEvent) => Updated(domainEvent.UnitId, domainEvent.OccurredAt);

    private IEnumerable<IIntegrationEvent> Updated(Guid unitId, DateTimeOffset occurredAt)
    {
        var unit = db.Units.Local.First(u => u.Id == unitId);
        yield return new UnitUpdatedIntegrationEvent(unit.Id, unit.Name, unit.ShortName, unit.Type.ToContract(), unit.ParentId, unit.IsActive)
        {
            OccurredAt = occurredAt,
        };
    }
}
