using System.Reflection;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;

namespace OpenGov.ArchitectureTests.Checks;

/// <summary>
/// Rule 9: one provider-neutral <c>&lt;Module&gt;DbContext : ModuleDbContext</c> and, because EF keys a
/// migration set by context type, one tiny derived context per provider.
/// </summary>
public static class ModuleDbContextCheck
{
    public static readonly IReadOnlyList<string> Providers = ["Sqlite", "PostgreSql", "SqlServer"];

    public static IReadOnlyList<string> Violations(string module, Assembly infrastructure)
    {
        var contexts = TypeScan.DeclaredTypes(infrastructure).Where(t => t.IsSubclassOf(typeof(DbContext))).ToList();
        var problems = new List<string>();

        problems.AddRange(contexts
            .Where(t => !t.IsSubclassOf(typeof(ModuleDbContext)))
            .Select(t => $"{t.FullName} derives from DbContext but not from {nameof(ModuleDbContext)}"));

        var baseName = module + "DbContext";
        var baseContext = contexts.SingleOrDefault(t => t.Name == baseName);
        if (baseContext is null)
        {
            problems.Add($"{infrastructure.GetName().Name} has no {baseName}");
        }
        else if (!baseContext.IsAbstract)
        {
            problems.Add($"{baseContext.FullName} should be abstract: each provider has its own derived context");
        }

        var expected = Providers.Select(p => $"{module}{p}Context").ToList();
        var concrete = contexts.Where(t => !t.IsAbstract).ToList();
        problems.AddRange(expected
            .Where(name => concrete.All(t => t.Name != name))
            .Select(name => $"{infrastructure.GetName().Name} has no provider context {name}"));
        problems.AddRange(concrete
            .Where(t => !expected.Contains(t.Name))
            .Select(t => $"{t.FullName} is a context other than the three provider contexts {string.Join(", ", expected)}"));
        problems.AddRange(concrete
            .Where(t => expected.Contains(t.Name) && baseContext is not null && t.BaseType != baseContext)
            .Select(t => $"{t.FullName} should derive directly from {baseName}"));

        return [.. problems.Order()];
    }

    /// <summary>A DbContext outside Infrastructure would put persistence where the layers say it is not.</summary>
    public static IReadOnlyList<string> OutsideInfrastructure(IEnumerable<Assembly> assemblies) =>
    [
        .. assemblies.SelectMany(TypeScan.DeclaredTypes)
            .Where(t => t.IsSubclassOf(typeof(DbContext)))
            .Select(t => $"{t.FullName} is a DbContext in {t.Assembly.GetName().Name}; contexts belong in the module's Infrastructure")
            .Order(),
    ];
}
