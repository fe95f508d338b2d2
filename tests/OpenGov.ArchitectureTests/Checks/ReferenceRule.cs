namespace OpenGov.ArchitectureTests.Checks;

/// <summary>
/// Which assemblies, packages and projects a project may depend on. Names are checked on three levels
/// (project file, compiled assembly references, types) because each sees what the others miss: the
/// compiler drops a declared reference that no code uses, and NetArchTest sees namespaces, not packages.
/// </summary>
/// <param name="Name">What the rule says, for failure messages.</param>
/// <param name="Forbids">Given an assembly, package or project name, whether the rule forbids it.</param>
/// <param name="ForbiddenNamespaces">The same rule as namespaces, for NetArchTest.</param>
public sealed record ReferenceRule(string Name, Func<string, bool> Forbids, IReadOnlyList<string> ForbiddenNamespaces)
{
    public IReadOnlyList<string> ForbiddenAmong(IEnumerable<string> names) => [.. names.Where(Forbids).Distinct().Order()];

    public override string ToString() => Name;
}
