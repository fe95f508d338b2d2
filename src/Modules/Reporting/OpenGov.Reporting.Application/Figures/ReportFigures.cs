using MediatR;
using Microsoft.EntityFrameworkCore;
using OpenGov.Publication.Contracts;
using OpenGov.Reporting.Application.Abstractions;
using OpenGov.Reporting.Domain.Reports;
using OpenGov.Requests.Contracts;

namespace OpenGov.Reporting.Application.Figures;

/// <summary>One unit's counted facts for a year: its tables, and what the prose proposal draws on.</summary>
public sealed record UnitFacts(Guid UnitId, ProactiveFigures Proactive, IReadOnlyList<ApplicationRowFigures> Applications, IReadOnlyList<int> Remedies,
    decimal ProcessingFeesYuan, UnitPublicationStatistics? Publication);

/// <summary>
/// RPT-3: the tables are counted from the other modules' records through their Contracts queries (never read from their
/// tables, never typed), plus the enforcement figures entered here. One query per module for all the units at once.
/// </summary>
internal sealed class ReportFigures(IMediator mediator, IReportingDb db)
{
    public async Task<IReadOnlyDictionary<Guid, UnitFacts>> CountAsync(int year, IReadOnlyCollection<Guid> unitIds, CancellationToken ct)
    {
        var publication = await mediator.Send(new GetPublicationStatisticsQuery(year, unitIds), ct);
        var requests = await mediator.Send(new GetRequestStatisticsQuery(year, unitIds), ct);
        if (!publication.IsSuccess || !requests.IsSuccess)
        {
            throw new InvalidOperationException($"统计查询失败：{publication.Error?.Message ?? requests.Error?.Message}");
        }

        var ids = unitIds.ToList();
        var enforcement = await db.EnforcementFigures.AsNoTracking().Where(e => e.Year == year && ids.Contains(e.UnitId)).ToListAsync(ct);
        var byUnitPublication = publication.Value.ToDictionary(p => p.UnitId);
        var byUnitRequests = requests.Value.Units.Where(u => u.UnitId is not null).ToDictionary(u => u.UnitId!.Value);
        var byUnitEnforcement = enforcement.ToDictionary(e => e.UnitId);

        return ids.ToDictionary(id => id, id =>
        {
            var pub = byUnitPublication.GetValueOrDefault(id);
            var req = byUnitRequests.GetValueOrDefault(id);
            var enf = byUnitEnforcement.GetValueOrDefault(id);
            var proactive = new ProactiveFigures(
                pub?.Rules.IssuedThisYear ?? 0, pub?.Rules.RepealedThisYear ?? 0, pub?.Rules.InForce ?? 0,
                pub?.NormativeDocuments.IssuedThisYear ?? 0, pub?.NormativeDocuments.RepealedThisYear ?? 0, pub?.NormativeDocuments.InForce ?? 0,
                enf?.Licensing ?? 0, enf?.Penalties ?? 0, enf?.Compulsions ?? 0, (enf?.AdministrativeFeesYuan ?? 0) / 10_000m);
            var applications = ApplicationRowKeys.All
                .Select(key => new ApplicationRowFigures(key, Cells(req?.Applications[key] ?? ApplicantCounts.Zero)))
                .ToList();
            var remedies = (req?.Remedies ?? RemedyTable.Zero).Cells.ToArray();
            return new UnitFacts(id, proactive, applications, remedies, req?.FeesCharged ?? 0, pub);
        });
    }

    private static int[] Cells(ApplicantCounts counts) => [.. counts.Columns, counts.Total];
}
