namespace OpenGov.BuildingBlocks.Application.Security;

/// <summary>Who is calling: a staff user, an OA client, or nobody (public routes).</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? UserId { get; }

    string? UserName { get; }

    /// <summary>The unit the caller belongs to; every staff user and API client has one.</summary>
    Guid? UnitId { get; }

    string? ClientId { get; }

    IReadOnlySet<string> Roles { get; }

    IReadOnlySet<string> Scopes { get; }

    bool IsInRole(string role) => Roles.Contains(role);

    bool IsCountyAdmin => IsInRole(Security.Roles.CountyAdmin);

    /// <summary>County administrators act for every unit; everyone else only for their own.</summary>
    bool CanActFor(Guid unitId) => IsCountyAdmin || UnitId == unitId;
}
