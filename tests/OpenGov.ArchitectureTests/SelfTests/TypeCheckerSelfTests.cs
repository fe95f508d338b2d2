using OpenGov.ArchitectureTests.Checks;
using OpenGov.ArchitectureTests.Discovery;
using OpenGov.ArchitectureTests.SelfTests.Fixtures;

namespace OpenGov.ArchitectureTests.SelfTests;

/// <summary>The type checkers must report the known-bad fixtures, and must find real types to check in the solution.</summary>
public sealed class TypeCheckerSelfTests
{
    private static readonly System.Reflection.Assembly Fixtures = typeof(KnownBadTypesMarker).Assembly;

    [Fact]
    public void Discovery_finds_all_four_layers_of_every_module()
    {
        Assert.NotEmpty(SolutionAssemblies.ModuleNames);
        Assert.All(SolutionAssemblies.ModuleNames, m => Assert.Equal(Enum.GetValues<Layer>(), SolutionAssemblies.Of(m).Select(a => a.Layer)));
    }

    [Fact]
    public void Type_rules_have_real_types_to_check()
    {
        Assert.NotEmpty(VisibilityCheck.Plumbing(SolutionAssemblies.Modules.Select(m => m.Assembly)));
        Assert.NotEmpty(AuthorizationIntentCheck.Commands(SolutionAssemblies.Shipped));
        Assert.Contains(TypeScan.Concrete(SolutionAssemblies.Shipped), t => t.Implements(typeof(BuildingBlocks.Application.Messaging.IQuery<>)));
        Assert.Contains(TypeScan.Concrete(SolutionAssemblies.Shipped), t => t.Implements(typeof(BuildingBlocks.Application.Messaging.IIntegrationEvent)));
    }

    [Fact]
    public void Visibility_rule_reports_public_and_unsealed_plumbing() =>
        Assert.Equal(
            new[]
            {
                $"{typeof(LeakyMapper).FullName} is public; make it internal",
                $"{typeof(PublicLeakyCommandHandler).FullName} is public; make it internal",
                $"{Fixtures.GetName().Name}.SelfTests.Fixtures.UnsealedLeakyCommandValidator is not sealed",
            }.Order(),
            VisibilityCheck.Violations([Fixtures]));

    [Fact]
    public void Naming_rule_reports_misnamed_requests_and_misplaced_events()
    {
        Assert.Equal([$"{typeof(RenameMe).FullName} implements IBaseCommand but its name does not end with Command"], NamingCheck.Commands([Fixtures]));
        Assert.Equal([$"{typeof(ListThings).FullName} implements IQuery but its name does not end with Query"], NamingCheck.Queries([Fixtures]));
        var events = NamingCheck.IntegrationEvents([Fixtures]);
        Assert.Contains($"{typeof(SomethingHappened).FullName} implements IIntegrationEvent but its name does not end with IntegrationEvent", events);
        Assert.Contains(events, e => e.StartsWith($"{typeof(MisplacedIntegrationEvent).FullName} is an integration event in", StringComparison.Ordinal));
    }

    [Fact]
    public void Authorization_rule_reports_undeclared_commands_and_stale_allow_list_entries()
    {
        var commands = AuthorizationIntentCheck.Commands([Fixtures]).ToList();
        var allowList = new HashSet<string> { typeof(WellDeclaredCommand).FullName!, typeof(DeclaredRolesCommand).FullName!, "No.Such.Command" };

        Assert.Equal(
            new[] { typeof(LeakyCommand).FullName!, typeof(RenameMe).FullName! }.Order(),
            AuthorizationIntentCheck.Undeclared(commands, allowList).Select(v => v.Split(' ')[0]));
        Assert.Equal(
            new[] { "No.Such.Command", typeof(DeclaredRolesCommand).FullName! }.Order(),
            AuthorizationIntentCheck.StaleEntries(commands, allowList).Select(v => v.Split(' ')[0]).Order());
    }

    [Fact]
    public void Db_context_rule_reports_contexts_named_for_another_module()
    {
        var module = SolutionAssemblies.CompleteModule;
        var other = KnownModules.All.First(m => m != module);
        var violations = ModuleDbContextCheck.Violations(other, SolutionAssemblies.Get(module, Layer.Infrastructure).Assembly);

        Assert.Contains(violations, v => v.EndsWith($"has no {other}DbContext", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.EndsWith($"has no provider context {other}SqliteContext", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith($"OpenGov.{module}.Infrastructure.Persistence.{module}PostgreSqlContext is a context other than", StringComparison.Ordinal));
    }
}
