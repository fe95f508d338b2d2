using System.Collections.Concurrent;
using OpenGov.BuildingBlocks.Application.Messaging;

namespace OpenGov.BuildingBlocks.Infrastructure.Outbox;

/// <summary>Finds an event type again from the name stored in the outbox by scanning loaded assemblies.</summary>
public static class IntegrationEventTypes
{
    private static readonly ConcurrentDictionary<string, Type?> Cache = new();

    public static Type? Find(string fullName) => Cache.GetOrAdd(fullName, static name =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic)
            .Select(a => a.GetType(name, throwOnError: false))
            .FirstOrDefault(t => t is not null && typeof(IIntegrationEvent).IsAssignableFrom(t)));
}
