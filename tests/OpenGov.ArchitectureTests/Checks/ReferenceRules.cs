using OpenGov.ArchitectureTests.Discovery;

namespace OpenGov.ArchitectureTests.Checks;

/// <summary>The dependency rules of architecture.md, one factory per rule.</summary>
public static class ReferenceRules
{
    private const string BuildingBlocksDomain = "OpenGov.BuildingBlocks.Domain";
    private const string BuildingBlocksApplication = "OpenGov.BuildingBlocks.Application";
    private const string BuildingBlocksInfrastructure = "OpenGov.BuildingBlocks.Infrastructure";

    private static readonly string[] FrameworkNamespaces =
        ["Microsoft.EntityFrameworkCore", "MediatR", "FluentValidation", "Microsoft.AspNetCore"];

    // Provider namespaces only: the providers' extension methods live in Microsoft.EntityFrameworkCore
    // itself, so only the assembly and project-file checks can tell a provider from EF Core.
    private static readonly string[] ProviderNamespaces =
        ["Npgsql", "Microsoft.Data.Sqlite", "Microsoft.Data.SqlClient", "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.EntityFrameworkCore.SqlServer"];

    /// <summary>Rule 1: the model knows the BCL and BuildingBlocks.Domain, nothing else.</summary>
    public static ReferenceRule Domain(string module) => new(
        $"{AssemblyNames.Of(module, Layer.Domain)} may reference only the BCL and {BuildingBlocksDomain}",
        name => !Bcl.Contains(name) && name != BuildingBlocksDomain,
        [
            .. FrameworkNamespaces,
            BuildingBlocksApplication,
            BuildingBlocksInfrastructure,
            AssemblyNames.Host,
            .. OtherModulesLayers(module, Layer.Domain, Layer.Application, Layer.Infrastructure, Layer.Contracts),
            .. OwnLayers(module, Layer.Application, Layer.Infrastructure, Layer.Contracts),
        ]);

    /// <summary>The building blocks' own model: the BCL only.</summary>
    public static ReferenceRule BuildingBlocksDomainLayer() => new(
        $"{BuildingBlocksDomain} may reference only the BCL",
        name => !Bcl.Contains(name),
        [.. FrameworkNamespaces, BuildingBlocksApplication, BuildingBlocksInfrastructure, AssemblyNames.Host, .. AllModuleRoots()]);

    /// <summary>
    /// Rule 2: use cases know EF Core (DbSet, LINQ) but no provider, no ASP.NET Core and no
    /// Infrastructure, neither their own nor the building blocks'.
    /// </summary>
    public static ReferenceRule Application(string layerName) => new(
        $"{layerName} may not reference Infrastructure, ASP.NET Core or an EF Core provider (EF Core itself is allowed)",
        name => IsInfrastructure(name) || name == AssemblyNames.Host || IsAspNetCore(name) || IsEfProvider(name),
        [
            BuildingBlocksInfrastructure,
            AssemblyNames.Host,
            "Microsoft.AspNetCore",
            .. ProviderNamespaces,
            .. SolutionAssemblies.AllModuleNames.Select(m => AssemblyNames.Of(m, Layer.Infrastructure)),
        ]);

    /// <summary>Rule 3: what other modules compile against carries no implementation with it.</summary>
    public static ReferenceRule Contracts(string module) => new(
        $"{AssemblyNames.Of(module, Layer.Contracts)} may reference only the BCL, {BuildingBlocksApplication}, {BuildingBlocksDomain} and MediatR",
        name => !Bcl.Contains(name) && name is not (BuildingBlocksApplication or BuildingBlocksDomain or "MediatR"),
        [
            "Microsoft.EntityFrameworkCore",
            "FluentValidation",
            "Microsoft.AspNetCore",
            BuildingBlocksInfrastructure,
            AssemblyNames.Host,
            .. SolutionAssemblies.AllModuleNames.SelectMany(m => Layers(m, Layer.Domain, Layer.Application, Layer.Infrastructure)),
        ]);

    /// <summary>Rule 4: another module is reached only through its Contracts.</summary>
    public static ReferenceRule AcrossModules(string module) => new(
        $"{AssemblyNames.Prefix}{module}.* may reference another module only through OpenGov.<Other>.Contracts",
        name => AssemblyNames.OwnerOf(name) is { } owner
            && owner != AssemblyNames.BuildingBlocks
            && owner != module
            && !(AssemblyNames.TryParseModule(name, out _, out var layer) && layer == Layer.Contracts),
        [AssemblyNames.Host, .. OtherModulesLayers(module, Layer.Domain, Layer.Application, Layer.Infrastructure)]);

    /// <summary>Rule 5: the building blocks serve every module and know none.</summary>
    public static ReferenceRule BuildingBlocks() => new(
        "OpenGov.BuildingBlocks.* may not reference any module or the Host",
        name => AssemblyNames.OwnerOf(name) is { } owner && owner != AssemblyNames.BuildingBlocks,
        [AssemblyNames.Host, .. AllModuleRoots()]);

    private static bool IsInfrastructure(string name) =>
        AssemblyNames.OwnerOf(name) is not null && name.EndsWith(".Infrastructure", StringComparison.Ordinal);

    private static bool IsAspNetCore(string name) => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal);

    // Microsoft.EntityFrameworkCore.Abstractions ships inside the EF Core package (mapping attributes).
    private static bool IsEfProvider(string name) =>
        (name.StartsWith("Microsoft.EntityFrameworkCore.", StringComparison.Ordinal) && name != "Microsoft.EntityFrameworkCore.Abstractions")
        || name.StartsWith("Npgsql", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.Data.SqlClient", StringComparison.Ordinal)
        || name.StartsWith("SQLitePCLRaw", StringComparison.Ordinal);

    private static IEnumerable<string> AllModuleRoots() => SolutionAssemblies.AllModuleNames.Select(m => AssemblyNames.Prefix + m);

    private static IEnumerable<string> OwnLayers(string module, params Layer[] layers) => Layers(module, layers);

    private static IEnumerable<string> OtherModulesLayers(string module, params Layer[] layers) =>
        SolutionAssemblies.AllModuleNames.Where(m => m != module).SelectMany(m => Layers(m, layers));

    private static IEnumerable<string> Layers(string module, params Layer[] layers) => layers.Select(l => AssemblyNames.Of(module, l));
}
