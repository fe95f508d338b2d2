namespace OpenGov.BuildingBlocks.Application.Security;

/// <summary>
/// Declares on a command or query which roles may send it. Without it a request needs only an
/// authenticated caller; with <see cref="AllowAnonymousRequestAttribute"/> it needs none.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class AuthorizeRolesAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class AllowAnonymousRequestAttribute : Attribute;

/// <summary>
/// A request that acts for one unit. Unless the caller is a county administrator, the unit must be
/// the caller's own; otherwise the request is refused with 403.
/// </summary>
public interface IUnitScoped
{
    Guid ScopeUnitId { get; }
}

/// <summary>
/// An OA client (a caller with a client id) must have been granted this scope; staff users are governed by
/// their roles alone.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class RequireClientScopeAttribute(string scope) : Attribute
{
    public string Scope { get; } = scope;
}
