using System.Xml.Linq;

namespace OpenGov.ArchitectureTests.Checks;

/// <summary>
/// What a project file declares it depends on: projects (by file name), packages and shared frameworks.
/// Read because the compiler keeps no trace of a declared reference that no code uses yet, and the
/// next commit may start using it.
/// </summary>
public static class ProjectFile
{
    public static IReadOnlyList<string> DeclaredReferences(string path) => DeclaredReferences(XDocument.Load(path));

    public static IReadOnlyList<string> DeclaredReferences(XDocument project) =>
    [
        .. project.Descendants()
            .Where(e => e.Name.LocalName is "ProjectReference" or "PackageReference" or "FrameworkReference" or "Reference")
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>()
            .Select(NameOf)
            .Distinct()
            .Order(),
    ];

    // "../X/OpenGov.X.csproj" → "OpenGov.X"; "Foo, Version=1.0" → "Foo"; a package id stays as it is.
    private static string NameOf(string include)
    {
        var name = include.Split(',')[0].Trim();
        return name.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) || name.Contains('/') || name.Contains('\\')
            ? Path.GetFileNameWithoutExtension(name.Replace('\\', '/'))
            : name;
    }
}
