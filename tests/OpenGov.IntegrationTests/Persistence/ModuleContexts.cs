using System.Reflection;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Infrastructure.Modules;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;

namespace OpenGov.IntegrationTests.Persistence;

/// <summary>
/// Every module's provider contexts, found through their design-time factories so a new module is
/// covered by the migration tests without anyone remembering to add it.
/// </summary>
public static class ModuleContexts
{
    private static readonly Lazy<IReadOnlyList<Factory>> All = new(Discover);

    public sealed record Factory(string Module, DatabaseProvider Provider, ModuleInfo Info, Func<string, DbContext> Create)
    {
        public override string ToString() => $"{Module}/{Provider}";
    }

    public static IEnumerable<object[]> Rows(DatabaseProvider provider) =>
        All.Value.Where(f => f.Provider == provider).Select(f => new object[] { f.Module });

    public static Factory For(string module, DatabaseProvider provider) =>
        All.Value.Single(f => f.Module == module && f.Provider == provider);

    public static IReadOnlyList<Factory> Every => All.Value;

    private static IReadOnlyList<Factory> Discover()
    {
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "OpenGov.*.Infrastructure.dll"))
        {
            Assembly.LoadFrom(file);
        }

        var factories = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("OpenGov.", StringComparison.Ordinal) == true)
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, BaseType.IsGenericType: true } && t.BaseType.GetGenericTypeDefinition() == typeof(DesignTimeContextFactory<>))
            .Select(t =>
            {
                var factory = Activator.CreateInstance(t)!;
                var info = (ModuleInfo)t.GetProperty("Module")!.GetValue(factory)!;
                var provider = (DatabaseProvider)t.GetProperty("Provider")!.GetValue(factory)!;
                var create = t.GetMethod("Create")!;
                return new Factory(info.Name, provider, info, cs => (DbContext)create.Invoke(factory, [cs])!);
            })
            .ToList();
        if (factories.Count == 0)
        {
            throw new InvalidOperationException("No module design-time factories were found next to the tests.");
        }

        return factories;
    }
}
