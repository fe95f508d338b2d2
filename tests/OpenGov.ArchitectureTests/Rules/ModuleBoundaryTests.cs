using OpenGov.ArchitectureTests.Checks;
using OpenGov.ArchitectureTests.Discovery;

namespace OpenGov.ArchitectureTests.Rules;

/// <summary>Rule 4: no layer of a module reaches into another module except through its Contracts.</summary>
public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> Modules => SolutionAssemblies.ModuleRows();

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_projects_declare_other_modules_only_through_contracts(string module)
    {
        var rule = ReferenceRules.AcrossModules(module);
        Expect.None(
            [.. Enum.GetValues<Layer>().SelectMany(layer => ReferenceChecks.InProjectFile(Repository.ProjectFile(module, layer), rule))],
            rule.Name);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_assemblies_reference_other_modules_only_through_contracts(string module)
    {
        var rule = ReferenceRules.AcrossModules(module);
        Expect.None([.. SolutionAssemblies.Of(module).SelectMany(m => ReferenceChecks.InAssemblyReferences(m.Assembly, rule))], rule.Name);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_types_use_other_modules_only_through_contracts(string module)
    {
        var rule = ReferenceRules.AcrossModules(module);
        Expect.None([.. SolutionAssemblies.Of(module).SelectMany(m => ReferenceChecks.InTypes(m.Assembly, rule))], rule.Name);
    }
}
