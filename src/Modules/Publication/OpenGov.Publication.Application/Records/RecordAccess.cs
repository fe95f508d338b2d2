using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Records;

/// <summary>Loading a record for a caller: another unit's record is reported as missing, so its ids cannot be probed.</summary>
internal static class RecordAccess
{
    public static readonly Error NotFound = Error.NotFound("publication.not_found", "政府信息不存在");

    public static IQueryable<GovernmentRecord> WithChildren(this IQueryable<GovernmentRecord> records) =>
        records.Include(r => r.ReviewSteps).Include(r => r.Revisions).Include(r => r.Registrations).Include(r => r.Attachments);

    public static async Task<Result<GovernmentRecord>> VisibleAsync(this IPublicationDb db, ICurrentUser user, Guid id, int? version, CancellationToken ct)
    {
        var record = await db.Records.WithChildren().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null || !user.CanActFor(record.UnitId))
        {
            return NotFound;
        }

        if (version is not null && record.Version != version)
        {
            return Error.StaleVersion(version.Value, record.Version);
        }

        return record;
    }

    /// <summary>Drafting and publishing are the unit's own work (谁公开谁审查): the county office supervises, it does not edit.</summary>
    public static Error? OwnUnitOnly(this ICurrentUser user, GovernmentRecord record) =>
        user.UnitId == record.UnitId ? null : Error.Forbidden("publication.own_unit_only", "只有本单位人员可以办理本单位的政府信息");
}
