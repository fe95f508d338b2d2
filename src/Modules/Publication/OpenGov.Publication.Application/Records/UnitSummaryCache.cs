using MediatR;
using Microsoft.Extensions.Caching.Memory;
using OpenGov.Organization.Contracts;

namespace OpenGov.Publication.Application.Records;

/// <summary>
/// Every draft and every OA ingest checks its unit and reads the unit's 统一社会信用代码 for the 索引号. Units change
/// rarely, so a unit found is kept for a short while instead of asking Organization on every record: a unit deactivated
/// meanwhile is refused at most <see cref="Lifetime"/> later.
/// </summary>
internal sealed class UnitSummaryCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<UnitSummary?> GetAsync(IMediator mediator, Guid unitId, CancellationToken ct)
    {
        var key = ("publication-unit", unitId);
        if (cache.TryGetValue(key, out UnitSummary? unit))
        {
            return unit;
        }

        var units = await mediator.Send(new GetUnitSummariesQuery([unitId]), ct);
        unit = units.IsSuccess ? units.Value.FirstOrDefault() : null;
        if (unit is not null)
        {
            cache.Set(key, unit, Lifetime);
        }

        return unit;
    }
}
