using MediatR;

namespace OpenGov.BuildingBlocks.Application.Messaging;

/// <summary>
/// A fact one module tells the others. It travels through the publisher's outbox, so it is stored in
/// the same transaction as the change; consumers record <see cref="Id"/> in their inbox.
/// </summary>
public interface IIntegrationEvent : INotification
{
    Guid Id { get; }

    DateTimeOffset OccurredAt { get; }
}

public abstract record IntegrationEvent : IIntegrationEvent
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public DateTimeOffset OccurredAt { get; init; }
}
