using OpenGov.ArchitectureTests.Checks;
using OpenGov.ArchitectureTests.Discovery;

namespace OpenGov.ArchitectureTests.Rules;

/// <summary>Rule 3: Contracts carry no implementation: BCL, the building blocks' Domain and Application, MediatR.</summary>
public sealed class ContractsLayerTests
{
    public static TheoryData<string> Modules => SolutionAssemblies.ModuleRows();

    [Theory]
    [MemberData(nameof(Modules))]
    public void Contracts_project_declares_only_building_blocks_and_mediatr(string module)
    {
        var rule = ReferenceRules.Contracts(module);
        Expect.None(ReferenceChecks.InProjectFile(Repository.ProjectFile(module, Layer.Contracts), rule), rule.Name);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Contracts_assembly_references_only_the_bcl_building_blocks_and_mediatr(string module)
    {
        var rule = ReferenceRules.Contracts(module);
        Expect.None(ReferenceChecks.InAssemblyReferences(SolutionAssemblies.Get(module, Layer.Contracts).Assembly, rule), rule.Name);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Contracts_types_use_no_module_layer_and_no_framework(string module)
    {
        var rule = ReferenceRules.Contracts(module);
        Expect.None(ReferenceChecks.InTypes(SolutionAssemblies.Get(module, Layer.Contracts).Assembly, rule), rule.Name);
    }
}
