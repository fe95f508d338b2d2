using System.Collections.Concurrent;
using MediatR;
using OpenGov.BuildingBlocks.Infrastructure.Outbox;
using OpenGov.Organization.Contracts;
using OpenGov.Organization.Infrastructure.Persistence;

namespace OpenGov.IntegrationTests.Infrastructure;

/// <summary>What the test consumers should do, and what they saw.</summary>
public sealed class TestConsumerScript
{
    private int _failuresLeft;

    /// <summary>Every delivery of an event to this process, before any inbox check.</summary>
    public ConcurrentDictionary<Guid, int> Deliveries { get; } = new();

    /// <summary>Effects that passed the inbox: must be exactly one per event.</summary>
    public ConcurrentDictionary<Guid, int> Effects { get; } = new();

    public void FailNext(int times) => Interlocked.Exchange(ref _failuresLeft, times);

    public bool ShouldFail() => Interlocked.Decrement(ref _failuresLeft) >= 0;

    public void Reset()
    {
        Interlocked.Exchange(ref _failuresLeft, 0);
        Deliveries.Clear();
        Effects.Clear();
    }
}

/// <summary>Counts raw deliveries: two dispatchers must never deliver one stored event twice.</summary>
internal sealed class DeliveryCounter(TestConsumerScript script) : INotificationHandler<UnitCreatedIntegrationEvent>
{
    public Task Handle(UnitCreatedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        script.Deliveries.AddOrUpdate(notification.Id, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}

/// <summary>An inbox consumer that fails on command, to prove retries and at-most-once effects.</summary>
internal sealed class FlakyUnitConsumer(OrganizationDbContext db, TimeProvider clock, TestConsumerScript script)
    : IntegrationEventHandler<UnitCreatedIntegrationEvent, OrganizationDbContext>(db, clock)
{
    protected override Task HandleAsync(UnitCreatedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (script.ShouldFail())
        {
            throw new InvalidOperationException("消费者故障（测试）");
        }

        script.Effects.AddOrUpdate(integrationEvent.Id, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}
