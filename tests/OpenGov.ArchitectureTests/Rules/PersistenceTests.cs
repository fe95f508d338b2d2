using OpenGov.ArchitectureTests.Checks;
using OpenGov.ArchitectureTests.Discovery;

namespace OpenGov.ArchitectureTests.Rules;

/// <summary>Rule 9: one ModuleDbContext per module, one derived context per provider for its migrations.</summary>
public sealed class PersistenceTests
{
    public static TheoryData<string> Modules => SolutionAssemblies.ModuleRows();

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_has_a_module_db_context_and_one_context_per_provider(string module) =>
        Expect.None(
            ModuleDbContextCheck.Violations(module, SolutionAssemblies.Get(module, Layer.Infrastructure).Assembly),
            $"{module}DbContext derives from ModuleDbContext, with {string.Join(", ", ModuleDbContextCheck.Providers.Select(p => $"{module}{p}Context"))}");

    [Fact]
    public void No_db_context_outside_module_infrastructure() =>
        Expect.None(
            ModuleDbContextCheck.OutsideInfrastructure(SolutionAssemblies.Modules.Where(m => m.Layer != Layer.Infrastructure).Select(m => m.Assembly)),
            "DbContexts live in Infrastructure");
}
