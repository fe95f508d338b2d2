using System.Reflection;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;

namespace OpenGov.ArchitectureTests.Checks;

/// <summary>
/// Rule 8: without a declaration, the authorization behaviour lets any signed-in caller send a command.
/// That must be a decision, not a default someone forgot.
/// </summary>
public static class AuthorizationIntentCheck
{
    /// <summary>
    /// Commands any signed-in user may send, by full name. Each entry is a reviewed decision; an entry that
    /// no longer matches a command fails <see cref="StaleEntries"/>.
    /// </summary>
    public static readonly IReadOnlySet<string> AnySignedInUser = new HashSet<string>
    {
        // Every staff user changes their own password; the handler acts on the caller only.
        "OpenGov.Organization.Application.Users.ChangeOwnPasswordCommand",
    };

    public static IEnumerable<Type> Commands(IEnumerable<Assembly> assemblies) =>
        TypeScan.Concrete(assemblies).Where(t => t.Implements(typeof(IBaseCommand)));

    public static IReadOnlyList<string> Undeclared(IEnumerable<Type> commands, IReadOnlySet<string> allowList) =>
    [
        .. commands
            .Where(c => !Declares(c) && !allowList.Contains(c.FullName!))
            .Select(c => $"{c.FullName} declares no authorization: add [AuthorizeRoles(...)], [AllowAnonymousRequest], implement IUnitScoped, or (any signed-in user) add it to {nameof(AnySignedInUser)}")
            .Order(),
    ];

    public static IReadOnlyList<string> StaleEntries(IEnumerable<Type> commands, IReadOnlySet<string> allowList)
    {
        var byName = commands.ToDictionary(c => c.FullName!);
        var stale = new List<string>();
        foreach (var entry in allowList.Order())
        {
            if (!byName.TryGetValue(entry, out var command))
            {
                stale.Add($"{entry} is in {nameof(AnySignedInUser)} but is not a command in the solution");
            }
            else if (Declares(command))
            {
                stale.Add($"{entry} declares its authorization itself; remove it from {nameof(AnySignedInUser)}");
            }
        }

        return stale;
    }

    private static bool Declares(Type command) =>
        command.IsDefined(typeof(AuthorizeRolesAttribute), inherit: true)
        || command.IsDefined(typeof(AllowAnonymousRequestAttribute), inherit: true)
        || typeof(IUnitScoped).IsAssignableFrom(command);
}
