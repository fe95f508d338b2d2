using System.Reflection;

namespace OpenGov.ArchitectureTests.Discovery;

/// <summary>
/// Finds the modules by the assemblies in this test's output folder. Referencing the Host copies every
/// module it composes there, so a module the Host runs is under test without anyone adding it here.
/// </summary>
public static class SolutionAssemblies
{
    private static readonly Lazy<IReadOnlyList<ModuleAssembly>> Discovered = new(Discover);

    public static IReadOnlyList<ModuleAssembly> Modules => Discovered.Value;

    public static IReadOnlyList<string> ModuleNames => [.. Modules.Select(m => m.Module).Distinct().Order()];

    /// <summary>A module with all four layers, for self-tests that need real assemblies of every kind.</summary>
    public static string CompleteModule =>
        ModuleNames.FirstOrDefault(m => Of(m).Count() == Enum.GetValues<Layer>().Length)
        ?? throw new InvalidOperationException($"No module with all four layers in {AppContext.BaseDirectory}");

    public static IReadOnlyList<Assembly> BuildingBlocks { get; } =
    [
        Load("OpenGov.BuildingBlocks.Domain"),
        Load("OpenGov.BuildingBlocks.Application"),
        Load("OpenGov.BuildingBlocks.Infrastructure"),
    ];

    public static Assembly Host { get; } = Load(AssemblyNames.Host);

    /// <summary>Everything the solution ships: where commands, queries and events may hide.</summary>
    public static IReadOnlyList<Assembly> Shipped => [.. Modules.Select(m => m.Assembly), .. BuildingBlocks, Host];

    /// <summary>Every module name rules must guard against: the planned ones and any found.</summary>
    public static IReadOnlyList<string> AllModuleNames => [.. KnownModules.All.Union(ModuleNames).Order()];

    public static ModuleAssembly Get(string module, Layer layer) =>
        Modules.SingleOrDefault(m => m.Module == module && m.Layer == layer)
        ?? throw new InvalidOperationException($"{AssemblyNames.Of(module, layer)} is not in {AppContext.BaseDirectory}");

    public static IEnumerable<ModuleAssembly> Of(string module) => Modules.Where(m => m.Module == module);

    /// <summary>One row per module found, for <c>[MemberData]</c>. No module found means no rows, which xunit reports as a failure.</summary>
    public static TheoryData<string> ModuleRows()
    {
        var rows = new TheoryData<string>();
        foreach (var module in ModuleNames)
        {
            rows.Add(module);
        }

        return rows;
    }

    private static IReadOnlyList<ModuleAssembly> Discover()
    {
        var found = new List<ModuleAssembly>();
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, AssemblyNames.Prefix + "*.dll"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (AssemblyNames.TryParseModule(name, out var module, out var layer))
            {
                found.Add(new ModuleAssembly(module, layer, Load(name)));
            }
        }

        return [.. found.OrderBy(m => m.Module).ThenBy(m => m.Layer)];
    }

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));
}
