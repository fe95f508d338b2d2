using OpenGov.ArchitectureTests.Checks;
using OpenGov.ArchitectureTests.Discovery;

namespace OpenGov.ArchitectureTests.Rules;

/// <summary>Rule 5: the building blocks know no module; and their own layers point the same way as a module's.</summary>
public sealed class BuildingBlocksTests
{
    public static TheoryData<string> BuildingBlocks =>
        new("OpenGov.BuildingBlocks.Domain", "OpenGov.BuildingBlocks.Application", "OpenGov.BuildingBlocks.Infrastructure");

    [Theory]
    [MemberData(nameof(BuildingBlocks))]
    public void Building_block_project_declares_no_module(string assemblyName) =>
        Expect.None(ReferenceChecks.InProjectFile(Repository.BuildingBlocksProjectFile(assemblyName), ReferenceRules.BuildingBlocks()), ReferenceRules.BuildingBlocks().Name);

    [Theory]
    [MemberData(nameof(BuildingBlocks))]
    public void Building_block_assembly_references_no_module(string assemblyName) =>
        Expect.None(ReferenceChecks.InAssemblyReferences(Assembly(assemblyName), ReferenceRules.BuildingBlocks()), ReferenceRules.BuildingBlocks().Name);

    [Theory]
    [MemberData(nameof(BuildingBlocks))]
    public void Building_block_types_use_no_module(string assemblyName) =>
        Expect.None(ReferenceChecks.InTypes(Assembly(assemblyName), ReferenceRules.BuildingBlocks()), ReferenceRules.BuildingBlocks().Name);

    [Fact]
    public void Building_blocks_domain_references_only_the_bcl()
    {
        const string name = "OpenGov.BuildingBlocks.Domain";
        var rule = ReferenceRules.BuildingBlocksDomainLayer();
        Expect.None(
            [
                .. ReferenceChecks.InProjectFile(Repository.BuildingBlocksProjectFile(name), rule),
                .. ReferenceChecks.InAssemblyReferences(Assembly(name), rule),
                .. ReferenceChecks.InTypes(Assembly(name), rule),
            ],
            rule.Name);
    }

    [Fact]
    public void Building_blocks_application_references_no_infrastructure_aspnet_or_ef_provider()
    {
        const string name = "OpenGov.BuildingBlocks.Application";
        var rule = ReferenceRules.Application(name);
        Expect.None(
            [
                .. ReferenceChecks.InProjectFile(Repository.BuildingBlocksProjectFile(name), rule),
                .. ReferenceChecks.InAssemblyReferences(Assembly(name), rule),
                .. ReferenceChecks.InTypes(Assembly(name), rule),
            ],
            rule.Name);
    }

    private static System.Reflection.Assembly Assembly(string name) =>
        SolutionAssemblies.BuildingBlocks.Single(a => a.GetName().Name == name);
}
