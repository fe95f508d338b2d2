using OpenGov.ArchitectureTests.Checks;
using OpenGov.ArchitectureTests.Discovery;

namespace OpenGov.ArchitectureTests.Rules;

/// <summary>Rule 2: Application knows EF Core but no provider, no ASP.NET Core and no Infrastructure.</summary>
public sealed class ApplicationLayerTests
{
    public static TheoryData<string> Modules => SolutionAssemblies.ModuleRows();

    [Theory]
    [MemberData(nameof(Modules))]
    public void Application_project_declares_no_infrastructure_aspnet_or_ef_provider(string module)
    {
        var rule = ReferenceRules.Application(AssemblyNames.Of(module, Layer.Application));
        Expect.None(ReferenceChecks.InProjectFile(Repository.ProjectFile(module, Layer.Application), rule), rule.Name);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Application_assembly_references_no_infrastructure_aspnet_or_ef_provider(string module)
    {
        var rule = ReferenceRules.Application(AssemblyNames.Of(module, Layer.Application));
        Expect.None(ReferenceChecks.InAssemblyReferences(SolutionAssemblies.Get(module, Layer.Application).Assembly, rule), rule.Name);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Application_types_use_no_infrastructure_aspnet_or_ef_provider(string module)
    {
        var rule = ReferenceRules.Application(AssemblyNames.Of(module, Layer.Application));
        Expect.None(ReferenceChecks.InTypes(SolutionAssemblies.Get(module, Layer.Application).Assembly, rule), rule.Name);
    }
}
