using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>Finding the versions of one unit × domain, shared by the lifecycle handlers.</summary>
internal static class CatalogueLookups
{
    public static readonly Error NotFound = Error.NotFound("catalogue.not_found", "该单位在该领域还没有目录");

    public static readonly Error NoOpenVersion = Error.Conflict("catalogue.no_open_version", "该目录没有正在编制或审核中的版本（可能已由他人发布）");

    /// <summary>The newest version, with its items: the open one if there is one, else the current published one.</summary>
    public static Task<UnitCatalogue?> LatestAsync(this ICatalogueDb db, Guid unitId, string domainCode, CancellationToken ct) =>
        db.Catalogues.Include(c => c.Items)
            .Where(c => c.UnitId == unitId && c.DomainCode == domainCode)
            .OrderByDescending(c => c.Edition)
            .FirstOrDefaultAsync(ct);

    public static Task<UnitCatalogue?> PublishedAsync(this ICatalogueDb db, Guid unitId, string domainCode, CancellationToken ct) =>
        db.Catalogues.Include(c => c.Items)
            .FirstOrDefaultAsync(c => c.UnitId == unitId && c.DomainCode == domainCode && c.Status == CatalogueStatus.Published, ct);

    /// <summary>The open version, checked against the version the client read; errors as values.</summary>
    public static async Task<Result<UnitCatalogue>> OpenVersionAsync(this ICatalogueDb db, Guid unitId, string domainCode, int? version, CancellationToken ct)
    {
        var latest = await db.LatestAsync(unitId, domainCode, ct);
        if (latest is null)
        {
            return NotFound;
        }

        if (!latest.IsOpen)
        {
            return NoOpenVersion;
        }

        if (latest.Version != version)
        {
            return Error.StaleVersion(version ?? 0, latest.Version);
        }

        return latest;
    }

    /// <summary>The open version for an edit by the unit itself: <see cref="OwnUnitOnly"/>, then <see cref="OpenVersionAsync"/>.</summary>
    public static async Task<Result<UnitCatalogue>> OwnOpenVersionAsync(
        this ICatalogueDb db, ICurrentUser user, Guid unitId, string domainCode, int? version, CancellationToken ct)
    {
        if (user.OwnUnitOnly(unitId) is { } forbidden)
        {
            return forbidden;
        }

        return await db.OpenVersionAsync(unitId, domainCode, version, ct);
    }

    /// <summary>
    /// Only the unit's own Editors and UnitAdmin compile its catalogue (CAT-7): a county administrator passes the
    /// unit scope for every unit, but may edit only the catalogues of the unit they belong to.
    /// </summary>
    public static Error? OwnUnitOnly(this ICurrentUser user, Guid unitId) =>
        user.UnitId == unitId ? null : Error.Forbidden("catalogue.own_unit_only", "只有本单位的编辑或单位管理员可以编制本单位的目录");
}
