namespace OpenGov.ArchitectureTests.Checks;

/// <summary>
/// The base class library, told exactly: an assembly the running Microsoft.NETCore.App framework ships.
/// A prefix such as "System." or "Microsoft." would let Microsoft.EntityFrameworkCore or
/// Microsoft.AspNetCore through.
/// </summary>
public static class Bcl
{
    private static readonly string RuntimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    public static bool Contains(string assemblyName) => File.Exists(Path.Combine(RuntimeFolder, assemblyName + ".dll"));
}
