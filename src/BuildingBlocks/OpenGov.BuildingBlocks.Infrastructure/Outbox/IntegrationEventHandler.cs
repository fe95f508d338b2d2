using MediatR;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;

namespace OpenGov.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Base of every consumer of an integration event. The consumer's changes and its inbox row are saved
/// in one transaction of the consumer's own module, so a redelivered event changes nothing.
/// </summary>
public abstract class IntegrationEventHandler<TEvent, TDbContext>(TDbContext db, TimeProvider clock) : INotificationHandler<TEvent>
    where TEvent : IIntegrationEvent
    where TDbContext : ModuleDbContext
{
    protected TDbContext Db { get; } = db;

    protected TimeProvider Clock { get; } = clock;

    private string HandlerName => GetType().FullName!;

    public async Task Handle(TEvent notification, CancellationToken cancellationToken)
    {
        var handled = await Db.InboxMessages.AnyAsync(
            m => m.EventId == notification.Id && m.HandlerName == HandlerName, cancellationToken);
        if (handled)
        {
            return;
        }

        await HandleAsync(notification, cancellationToken);
        Db.InboxMessages.Add(new InboxMessage { EventId = notification.Id, HandlerName = HandlerName, HandledAt = Clock.GetUtcNow() });
        await Db.SaveChangesAsync(cancellationToken);
    }

    protected abstract Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
