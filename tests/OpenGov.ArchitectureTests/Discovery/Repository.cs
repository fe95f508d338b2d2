namespace OpenGov.ArchitectureTests.Discovery;

/// <summary>The source tree, found from the test's output folder, for rules about folders and project files.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string ModulesFolder => Path.Combine(Root, "src", "Modules");

    public static IReadOnlyList<string> ModuleFolders =>
        [.. Directory.EnumerateDirectories(ModulesFolder).Select(d => Path.GetFileName(d)!).Order()];

    public static string ProjectFolder(string module, Layer layer) =>
        Path.Combine(ModulesFolder, module, AssemblyNames.Of(module, layer));

    public static string ProjectFile(string module, Layer layer) =>
        Path.Combine(ProjectFolder(module, layer), AssemblyNames.Of(module, layer) + ".csproj");

    public static string BuildingBlocksProjectFile(string assemblyName) =>
        Path.Combine(Root, "src", "BuildingBlocks", assemblyName, assemblyName + ".csproj");

    public static string ThisProjectFile =>
        Path.Combine(Root, "tests", "OpenGov.ArchitectureTests", "OpenGov.ArchitectureTests.csproj");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenGov.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No OpenGov.sln above {AppContext.BaseDirectory}");
    }
}
