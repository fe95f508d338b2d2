using OpenGov.ArchitectureTests.Checks;
using OpenGov.ArchitectureTests.Discovery;

namespace OpenGov.ArchitectureTests.Rules;

/// <summary>Rule 1: Domain references nothing but the BCL and OpenGov.BuildingBlocks.Domain.</summary>
public sealed class DomainLayerTests
{
    public static TheoryData<string> Modules => SolutionAssemblies.ModuleRows();

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_project_declares_only_building_blocks_domain(string module)
    {
        var rule = ReferenceRules.Domain(module);
        Expect.None(ReferenceChecks.InProjectFile(Repository.ProjectFile(module, Layer.Domain), rule), rule.Name);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_assembly_references_only_the_bcl_and_building_blocks_domain(string module)
    {
        var rule = ReferenceRules.Domain(module);
        Expect.None(ReferenceChecks.InAssemblyReferences(SolutionAssemblies.Get(module, Layer.Domain).Assembly, rule), rule.Name);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_types_use_no_framework_and_no_other_layer(string module)
    {
        var rule = ReferenceRules.Domain(module);
        Expect.None(ReferenceChecks.InTypes(SolutionAssemblies.Get(module, Layer.Domain).Assembly, rule), rule.Name);
    }
}
