using System.Reflection;
using System.Runtime.CompilerServices;

namespace OpenGov.ArchitectureTests.Checks;

internal static class TypeScan
{
    /// <summary>Classes and structs written by hand (compiler-made closures and state machines left out).</summary>
    public static IEnumerable<Type> DeclaredTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => (t.IsClass || t.IsValueType) && !t.IsEnum && !t.IsDefined(typeof(CompilerGeneratedAttribute), false) && !t.Name.Contains('<'));

    public static IEnumerable<Type> Concrete(IEnumerable<Assembly> assemblies) =>
        assemblies.SelectMany(DeclaredTypes).Where(t => !t.IsAbstract);

    public static bool Implements(this Type type, Type contract) =>
        contract.IsGenericTypeDefinition
            ? type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == contract)
            : contract.IsAssignableFrom(type) && type != contract;

    /// <summary>The name without generic arity (<c>Foo`1</c> → <c>Foo</c>).</summary>
    public static string PlainName(this Type type) => type.Name.Split('`')[0];
}
