using OpenGov.ArchitectureTests.Checks;
using OpenGov.ArchitectureTests.Discovery;

namespace OpenGov.ArchitectureTests.Rules;

/// <summary>Rule 6: "internal sealed by default"; requests and DTOs may be public, their plumbing may not.</summary>
public sealed class VisibilityTests
{
    public static TheoryData<string> Modules => SolutionAssemblies.ModuleRows();

    [Theory]
    [MemberData(nameof(Modules))]
    public void Handlers_validators_mappers_and_entity_configurations_are_internal_sealed(string module) =>
        Expect.None(
            VisibilityCheck.Violations(SolutionAssemblies.Of(module).Select(m => m.Assembly)),
            "Handlers, validators, mappers and EF configurations are internal sealed");
}
