using System.Reflection;

namespace OpenGov.ArchitectureTests.Discovery;

public sealed record ModuleAssembly(string Module, Layer Layer, Assembly Assembly)
{
    public string Name => Assembly.GetName().Name!;

    public override string ToString() => Name;
}
