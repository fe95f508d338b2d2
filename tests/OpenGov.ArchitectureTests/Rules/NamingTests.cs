using OpenGov.ArchitectureTests.Checks;
using OpenGov.ArchitectureTests.Discovery;

namespace OpenGov.ArchitectureTests.Rules;

/// <summary>Rule 7, over everything the solution ships, so a request hidden in the Host or the building blocks counts too.</summary>
public sealed class NamingTests
{
    [Fact]
    public void Commands_end_with_Command() =>
        Expect.None(NamingCheck.Commands(SolutionAssemblies.Shipped), "Every IBaseCommand is named *Command");

    [Fact]
    public void Queries_end_with_Query() =>
        Expect.None(NamingCheck.Queries(SolutionAssemblies.Shipped), "Every IQuery<> is named *Query");

    [Fact]
    public void Integration_events_end_with_IntegrationEvent_and_live_in_contracts() =>
        Expect.None(NamingCheck.IntegrationEvents(SolutionAssemblies.Shipped), "Every IIntegrationEvent is named *IntegrationEvent and lives in a module's Contracts");
}
