using OpenGov.BuildingBlocks.Application.Security;

namespace OpenGov.Organization.Tests.Behaviours;

/// <summary>A caller for pipeline tests; the interface's default members (IsInRole, CanActFor) stay in use.</summary>
internal sealed class FakeCurrentUser : ICurrentUser
{
    private FakeCurrentUser(bool authenticated, Guid? unitId, IEnumerable<string> roles)
    {
        IsAuthenticated = authenticated;
        UserId = authenticated ? Guid.NewGuid() : null;
        UserName = authenticated ? "tester" : null;
        UnitId = unitId;
        Roles = roles.ToHashSet();
    }

    public static FakeCurrentUser Anonymous { get; } = new(false, null, []);

    public bool IsAuthenticated { get; }

    public Guid? UserId { get; }

    public string? UserName { get; }

    public Guid? UnitId { get; }

    public string? ClientId => null;

    public IReadOnlySet<string> Roles { get; }

    public IReadOnlySet<string> Scopes { get; } = new HashSet<string>();

    public static FakeCurrentUser Staff(Guid unitId, params string[] roles) => new(true, unitId, roles);
}
