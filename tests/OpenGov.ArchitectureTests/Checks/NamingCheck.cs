using System.Reflection;
using OpenGov.ArchitectureTests.Discovery;
using OpenGov.BuildingBlocks.Application.Messaging;

namespace OpenGov.ArchitectureTests.Checks;

/// <summary>Rule 7: a request's name says what it is, and integration events live where other modules can see them.</summary>
public static class NamingCheck
{
    public static IReadOnlyList<string> Commands(IEnumerable<Assembly> assemblies) =>
        Suffix(assemblies, typeof(IBaseCommand), "Command");

    public static IReadOnlyList<string> Queries(IEnumerable<Assembly> assemblies) =>
        Suffix(assemblies, typeof(IQuery<>), "Query");

    public static IReadOnlyList<string> IntegrationEvents(IEnumerable<Assembly> assemblies) =>
    [
        .. TypeScan.Concrete(assemblies)
            .Where(t => t.Implements(typeof(IIntegrationEvent)))
            .SelectMany(t => IntegrationEventProblems(t))
            .Order(),
    ];

    private static IEnumerable<string> IntegrationEventProblems(Type type)
    {
        if (!type.PlainName().EndsWith("IntegrationEvent", StringComparison.Ordinal))
        {
            yield return $"{type.FullName} implements IIntegrationEvent but its name does not end with IntegrationEvent";
        }

        var assembly = type.Assembly.GetName().Name!;
        if (!AssemblyNames.TryParseModule(assembly, out _, out var layer) || layer != Layer.Contracts)
        {
            yield return $"{type.FullName} is an integration event in {assembly}; it belongs in a module's Contracts";
        }
    }

    private static IReadOnlyList<string> Suffix(IEnumerable<Assembly> assemblies, Type contract, string suffix) =>
    [
        .. TypeScan.Concrete(assemblies)
            .Where(t => t.Implements(contract) && !t.PlainName().EndsWith(suffix, StringComparison.Ordinal))
            .Select(t => $"{t.FullName} implements {contract.PlainName()} but its name does not end with {suffix}")
            .Order(),
    ];
}
