using System.Reflection;
using Mono.Cecil;
using NetArchTest.Rules;

namespace OpenGov.ArchitectureTests.Checks;

/// <summary>Applies a <see cref="ReferenceRule"/> to a project file, a compiled assembly, or its types.</summary>
public static class ReferenceChecks
{
    public static IReadOnlyList<string> InProjectFile(string projectPath, ReferenceRule rule)
    {
        var project = Path.GetFileNameWithoutExtension(projectPath);
        return [.. rule.ForbiddenAmong(ProjectFile.DeclaredReferences(projectPath)).Select(r => $"{project}.csproj declares a reference to {r}")];
    }

    /// <summary>Assembly-level references: what the compiler kept, i.e. every assembly whose types the code uses.</summary>
    public static IReadOnlyList<string> InAssemblyReferences(Assembly assembly, ReferenceRule rule) =>
        InReferenceNames(assembly.GetName().Name!, assembly.GetReferencedAssemblies().Select(a => a.Name!), rule, r => UsersOf(assembly, r));

    /// <summary>The same check over a given list of names, so the checker itself can be tested on known-bad input.</summary>
    public static IReadOnlyList<string> InReferenceNames(string subject, IEnumerable<string> references, ReferenceRule rule, Func<string, string>? describe = null) =>
        [.. rule.ForbiddenAmong(references).Select(r => $"{subject} references {r}{describe?.Invoke(r)}")];

    /// <summary>Type-level dependencies through NetArchTest, naming each offending type and what it depends on.</summary>
    public static IReadOnlyList<string> InTypes(Assembly assembly, ReferenceRule rule)
    {
        var name = assembly.GetName().Name;
        if (!Types.InAssembly(assembly).GetTypes().Any())
        {
            return [$"{name}: no types to check, so the rule would pass without testing anything"];
        }

        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny([.. rule.ForbiddenNamespaces]).GetResult();
        if (result.IsSuccessful)
        {
            return [];
        }

        // Only on failure: one pass per namespace the assembly mentions at all, to say which dependency
        // each type has. A failing type left unexplained is still listed.
        var present = NamespacesIn(assembly);
        var detailed = rule.ForbiddenNamespaces
            .Where(ns => present.Any(p => p.StartsWith(ns, StringComparison.Ordinal)))
            .SelectMany(ns => Types.InAssembly(assembly).That().HaveDependencyOn(ns).GetTypes().Select(t => (Type: t.FullName!, Namespace: ns)))
            .GroupBy(x => x.Type)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(x => x.Namespace).Distinct()));
        return
        [
            .. result.FailingTypeNames.Distinct().Order()
                .Select(t => detailed.TryGetValue(t, out var namespaces)
                    ? $"{t} depends on {namespaces}"
                    : $"{t} depends on one of {string.Join(", ", rule.ForbiddenNamespaces)}"),
        ];
    }

    private static HashSet<string> NamespacesIn(Assembly assembly)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        return
        [
            .. module.GetTypeReferences().Select(OutermostNamespace),
            .. module.Types.Select(t => t.Namespace),
        ];
    }

    private static string OutermostNamespace(TypeReference type) => type.DeclaringType is { } outer ? OutermostNamespace(outer) : type.Namespace;

    // Names the solution's types that use the forbidden assembly, so the message points at code.
    private static string UsersOf(Assembly assembly, string referenceName)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        var used = module.GetTypeReferences()
            .Where(t => t.Scope is AssemblyNameReference scope && scope.Name == referenceName)
            .Select(t => t.FullName)
            .Distinct()
            .Order()
            .ToList();
        if (used.Count == 0)
        {
            return "";
        }

        var users = Types.InAssembly(assembly).That().HaveDependencyOnAny([.. used]).GetTypes().Select(t => t.FullName).Order().ToList();
        var usersText = users.Count > 0 ? $" in {string.Join(", ", users.Take(10))}{(users.Count > 10 ? ", …" : "")}" : "";
        return $" (uses {string.Join(", ", used.Take(5))}{(used.Count > 5 ? ", …" : "")}{usersText})";
    }
}
