using OpenGov.ArchitectureTests.Checks;
using OpenGov.ArchitectureTests.Discovery;

namespace OpenGov.ArchitectureTests.Rules;

/// <summary>
/// The other rules run one row per module found in the output folder; these make sure that set is the
/// set of modules in the source tree, so a new module can be neither unknown nor left out.
/// </summary>
public sealed class ModuleListTests
{
    [Fact]
    public void Every_module_folder_is_a_known_module() =>
        Expect.None(
            [.. Repository.ModuleFolders.Except(KnownModules.All).Select(f => $"src/Modules/{f} is not in {nameof(KnownModules)}.{nameof(KnownModules.All)}")],
            "Every module folder is a planned module");

    [Fact]
    public void Every_module_folder_holds_its_four_layer_projects() =>
        Expect.None(
            [
                .. from module in Repository.ModuleFolders
                   from layer in Enum.GetValues<Layer>()
                   where !File.Exists(Repository.ProjectFile(module, layer))
                   select $"{Path.GetRelativePath(Repository.Root, Repository.ProjectFile(module, layer))} is missing",
            ],
            "Every module has Domain, Application, Infrastructure and Contracts projects");

    [Fact]
    public void Every_module_folder_has_its_four_assemblies_under_test() =>
        Expect.None(
            [
                .. from module in Repository.ModuleFolders
                   from layer in Enum.GetValues<Layer>()
                   where !SolutionAssemblies.Modules.Any(m => m.Module == module && m.Layer == layer)
                   select $"{AssemblyNames.Of(module, layer)} is not in the test output: compose the module in the Host and reference it from this project",
            ],
            "Every module in src/Modules is under test");

    [Fact]
    public void Every_module_under_test_has_a_folder() =>
        Expect.None(
            [.. SolutionAssemblies.ModuleNames.Except(Repository.ModuleFolders).Select(m => $"{m} is in the test output but src/Modules/{m} does not exist")],
            "Every module under test is in src/Modules");

    [Fact]
    public void This_project_references_every_module_project()
    {
        var referenced = ProjectFile.DeclaredReferences(Repository.ThisProjectFile);
        Expect.None(
            [
                .. from module in Repository.ModuleFolders
                   from layer in Enum.GetValues<Layer>()
                   let name = AssemblyNames.Of(module, layer)
                   where !referenced.Contains(name)
                   select $"OpenGov.ArchitectureTests.csproj does not reference {name}",
            ],
            "The architecture tests reference every module project explicitly");
    }
}
