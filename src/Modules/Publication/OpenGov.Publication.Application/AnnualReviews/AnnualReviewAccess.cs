using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Domain.AnnualReviews;

namespace OpenGov.Publication.Application.AnnualReviews;

internal static class AnnualReviewAccess
{
    public static readonly Error NotFound = Error.NotFound("publication.annual_review_not_found", "年度审查不存在");

    /// <summary>Deciding is the unit's own work (条例第十八条 binds each organ); the county office reads, it does not decide.</summary>
    public static Error? OwnUnitOnly(this ICurrentUser user, Guid unitId) =>
        user.UnitId == unitId ? null : Error.Forbidden("publication.own_unit_only", "只有本单位的单位管理员或领导可以办理本单位的年度审查");

    /// <summary>The round, tracked, when it belongs to the unit named in the route; a stale version is a 409.</summary>
    public static async Task<Result<AnnualReview>> ReviewAsync(this IPublicationDb db, Guid unitId, Guid reviewId, int? version, CancellationToken ct)
    {
        var review = await db.AnnualReviews.Include(r => r.Entries).FirstOrDefaultAsync(r => r.Id == reviewId && r.UnitId == unitId, ct);
        if (review is null)
        {
            return NotFound;
        }

        return version is not null && review.Version != version ? Error.StaleVersion(version.Value, review.Version) : review;
    }
}
