using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Application.Abstractions;
using OpenGov.Requests.Contracts;
using OpenGov.Requests.Domain.Remedies;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Statistics;

/// <summary>
/// Tables 三 and 四 counted from the records. A request is 新收 in the year of its 收到申请之日, 办结 in the year of
/// its <c>ClosedOn</c> (counted once, under its one outcome), 上年结转 when received before the year and still open on
/// 1月1日, 结转下年 when received by 12月31日 and still open after it — so V1 holds per column by construction.
/// </summary>
internal sealed class GetRequestStatisticsHandler(IRequestsDb db) : IQueryHandler<GetRequestStatisticsQuery, RequestStatistics>
{
    public async Task<Result<RequestStatistics>> Handle(GetRequestStatisticsQuery query, CancellationToken cancellationToken)
    {
        var first = new DateOnly(query.Year, 1, 1);
        var last = new DateOnly(query.Year, 12, 31);
        var requests = db.Requests.AsNoTracking();
        var remedies = db.RemedyCases.AsNoTracking();
        if (query.UnitIds is { } ids)
        {
            var list = ids.ToList();
            requests = requests.Where(r => list.Contains(r.UnitId));
            remedies = remedies.Where(r => list.Contains(r.UnitId));
        }

        // One pass over the requests touching the year: bucket 0 新收, 1 上年结转, 2 办结, 3 结转下年 (a row can be in several).
        var touching = await requests
            .Where(r => r.ReceivedOn <= last && (r.ClosedOn == null || r.ClosedOn >= first))
            .GroupBy(r => new
            {
                r.UnitId,
                r.Applicant.Kind,
                r.Outcome,
                New = r.ReceivedOn >= first,
                Closed = r.ClosedOn != null && r.ClosedOn <= last,
            })
            .Select(g => new { g.Key.UnitId, g.Key.Kind, g.Key.Outcome, g.Key.New, g.Key.Closed, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var fees = await requests
            .Where(r => r.ClosedOn >= first && r.ClosedOn <= last && r.FeePaidOn != null)
            .GroupBy(r => r.UnitId)
            .Select(g => new { UnitId = g.Key, Amount = g.Sum(r => r.FeeAmount ?? 0), Count = g.Count() })
            .ToListAsync(cancellationToken);

        var cases = await remedies
            .Where(c => c.FiledOn <= last && (c.ConcludedOn == null || c.ConcludedOn >= first))
            .GroupBy(c => new
            {
                c.UnitId,
                c.Kind,
                c.AfterReconsideration,
                Result = c.ConcludedOn != null && c.ConcludedOn <= last ? c.Result : RemedyResult.Pending,
            })
            .Select(g => new { g.Key.UnitId, g.Key.Kind, g.Key.AfterReconsideration, g.Key.Result, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var unitIds = (query.UnitIds ?? [.. touching.Select(t => t.UnitId).Concat(cases.Select(c => c.UnitId)).Concat(fees.Select(f => f.UnitId))])
            .Distinct().OrderBy(id => id).ToList();
        var units = unitIds.Select(unitId =>
        {
            var builder = new ApplicationTableBuilder();
            foreach (var t in touching.Where(t => t.UnitId == unitId))
            {
                if (t.New)
                {
                    builder.Add(ApplicationRowKeys.NewReceived, t.Kind, t.Count);
                }
                else
                {
                    builder.Add(ApplicationRowKeys.CarriedIn, t.Kind, t.Count);
                }

                if (t.Closed && t.Outcome is { } outcome)
                {
                    builder.Add(OutcomeLabels.For(outcome).ReportKey, t.Kind, t.Count);
                    builder.Add(ApplicationRowKeys.TotalHandled, t.Kind, t.Count);
                }
                else
                {
                    builder.Add(ApplicationRowKeys.CarriedOut, t.Kind, t.Count);
                }
            }

            var remedyTable = cases.Where(c => c.UnitId == unitId)
                .Aggregate(RemedyTable.Zero, (table, c) => table + RemedyCell(c.Kind, c.AfterReconsideration, c.Result, c.Count));
            var fee = fees.FirstOrDefault(f => f.UnitId == unitId);
            return new UnitRequestStatistics(unitId, builder.Build(), remedyTable, fee?.Amount ?? 0, fee?.Count ?? 0);
        }).ToList();

        var total = new UnitRequestStatistics(
            null,
            ApplicationTableBuilder.Sum(units.Select(u => u.Applications)),
            units.Aggregate(RemedyTable.Zero, (sum, u) => sum + u.Remedies),
            units.Sum(u => u.FeesCharged),
            units.Sum(u => u.FeeRequests));
        return new RequestStatistics(query.Year, units, total);
    }

    private static RemedyTable RemedyCell(RemedyKind kind, bool afterReconsideration, RemedyResult result, int count)
    {
        var counts = result switch
        {
            RemedyResult.Upheld => new RemedyCounts(count, 0, 0, 0),
            RemedyResult.Corrected => new RemedyCounts(0, count, 0, 0),
            RemedyResult.Other => new RemedyCounts(0, 0, count, 0),
            _ => new RemedyCounts(0, 0, 0, count),
        };
        return kind == RemedyKind.Reconsideration
            ? new RemedyTable(counts, RemedyCounts.Zero, RemedyCounts.Zero)
            : afterReconsideration
                ? new RemedyTable(RemedyCounts.Zero, RemedyCounts.Zero, counts)
                : new RemedyTable(RemedyCounts.Zero, counts, RemedyCounts.Zero);
    }
}
