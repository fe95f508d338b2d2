using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Reporting.Application.Abstractions;
using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Validation;

namespace OpenGov.Reporting.Application.Reports;

/// <summary>Loading and checking reports: a unit sees its own, the county office every one.</summary>
internal static class ReportAccess
{
    public static readonly Error NotFound = Error.NotFound("reporting.not_found", "年度报告不存在");

    public static async Task<Result<AnnualReport>> VisibleAsync(this IReportingDb db, ICurrentUser user, Guid id, int? version, CancellationToken ct)
    {
        var report = await db.AnnualReports.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null || !user.CanActFor(report.UnitId))
        {
            return NotFound;
        }

        return version is not null && report.Version != version ? Error.StaleVersion(version.Value, report.Version) : report;
    }

    /// <summary>The checks of annual-report.md §6 with what they need: members (V8) and last year's published report (V-S1).</summary>
    public static async Task<IReadOnlyList<ReportIssue>> CheckAsync(this IReportingDb db, AnnualReport report, CancellationToken ct)
    {
        var previous = await db.AnnualReports.AsNoTracking()
            .Where(r => r.UnitId == report.UnitId && r.Year == report.Year - 1 && r.Kind == report.Kind && r.Status == ReportStatus.Published)
            .OrderByDescending(r => r.Edition)
            .Select(r => r.Content)
            .FirstOrDefaultAsync(ct);
        // An imported county report (and a correction of one) has no member breakdown: V8 cannot be checked, not "all zero".
        return ReportValidator.Validate(report.Content, new ValidationContext(
            Members: report.Kind == ReportKind.County && report.Members.Count > 0 ? report.Members : null,
            PreviousYear: previous));
    }
}
