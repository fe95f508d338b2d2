using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Application.Abstractions;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Requests;

/// <summary>
/// Loading a request for a caller. Another unit's request is reported as missing so ids cannot be probed; the county
/// office sees every request but handles none (the applicant's personal data stays with the handling unit).
/// </summary>
internal static class RequestAccess
{
    public static readonly Error NotFound = Error.NotFound("requests.not_found", "政府信息公开申请不存在");

    /// <summary>Staff who handle a unit's requests; the county office supervises through the lists and statistics.</summary>
    public const string HandlingRoles = "UnitAdmin,Editor,Reviewer,Leader";

    public static IQueryable<DisclosureRequest> WithChildren(this IQueryable<DisclosureRequest> requests) =>
        requests.Include(r => r.Steps).Include(r => r.Consultations);

    public static async Task<Result<DisclosureRequest>> VisibleAsync(this IRequestsDb db, ICurrentUser user, Guid id, CancellationToken ct)
    {
        var request = await db.Requests.WithChildren().FirstOrDefaultAsync(r => r.Id == id, ct);
        return request is null || !user.CanActFor(request.UnitId) ? NotFound : request;
    }

    public static async Task<Result<DisclosureRequest>> HandledAsync(this IRequestsDb db, ICurrentUser user, Guid id, int? version, CancellationToken ct)
    {
        var found = await db.VisibleAsync(user, id, ct);
        if (!found.IsSuccess)
        {
            return found;
        }

        if (!user.HandlesFor(found.Value.UnitId))
        {
            return Error.Forbidden("requests.own_unit_only", "只有受理单位的工作人员可以办理该申请");
        }

        return version is not null && found.Value.Version != version ? Error.StaleVersion(version.Value, found.Value.Version) : found;
    }

    /// <summary>Personal data and handling belong to the unit the request is addressed to.</summary>
    public static bool HandlesFor(this ICurrentUser user, Guid unitId) => user.UnitId == unitId;

    public static Actor Actor(this ICurrentUser user, TimeProvider clock) => new(user.DisplayName(), clock.Today(), clock.GetUtcNow());
}
