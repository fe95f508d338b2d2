using System.Reflection;

namespace OpenGov.BuildingBlocks.Infrastructure.Modules;

/// <summary>
/// What the platform knows of one module: its schema, its DbContext (base type, as handlers see it) and
/// the assemblies whose commands it owns. The unit of work, the outbox dispatcher and the audit
/// reader find a module's database through this record.
/// </summary>
public sealed record ModuleInfo(string Name, string Schema, Type DbContextType, IReadOnlyList<Assembly> Assemblies)
{
    public bool Owns(Type requestType) => Assemblies.Contains(requestType.Assembly);
}
