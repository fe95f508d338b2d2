using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.BuildingBlocks.Application.Messaging;

/// <summary>
/// Turns a module's domain event into the integration events other modules may see. The unit of work
/// writes what it returns to the module's outbox in the same transaction as the change.
/// </summary>
public interface IDomainEventMapper<in TDomainEvent>
    where TDomainEvent : IDomainEvent
{
    IEnumerable<IIntegrationEvent> Map(TDomainEvent domainEvent);
}
