using Microsoft.EntityFrameworkCore;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Application.Coverage;

/// <summary>
/// The four figures of every unit × domain cell, each as one grouped query over the current published items. The
/// link checks sit in WHERE clauses, never inside an aggregate, because SQL Server refuses subqueries in aggregates.
/// </summary>
internal static class CoverageCounts
{
    public static async Task<IReadOnlyDictionary<(Guid UnitId, string DomainCode), CoverageCellDto>> CountAsync(
        ICatalogueDb db, Guid? unitId, string? domainCode, CancellationToken ct)
    {
        var catalogues = db.Catalogues.AsNoTracking().Where(c => c.Status == CatalogueStatus.Published);
        if (unitId is { } unit)
        {
            catalogues = catalogues.Where(c => c.UnitId == unit);
        }

        if (domainCode is not null)
        {
            catalogues = catalogues.Where(c => c.DomainCode == domainCode);
        }

        // Only the current published version's items count: an item dropped in an adjustment is gone from it.
        var items = catalogues.SelectMany(c => c.Items, (c, i) => new CurrentItem { UnitId = c.UnitId, DomainCode = c.DomainCode, ItemKey = i.ItemKey });
        var links = db.LinkedRecordItems.AsNoTracking();

        var itemCounts = await PerCellAsync(items, ct);
        var published = await PerCellAsync(items.Where(i => links.Any(l => l.ItemId == i.ItemKey && l.IsPublished)), ct);
        var overdue = await PerCellAsync(items.Where(i => links.Any(l => l.ItemId == i.ItemKey && l.IsOverdue)), ct);
        var late = await items
            .Join(links.Where(l => l.PublishedLate), i => i.ItemKey, l => l.ItemId, (i, l) => new { i.UnitId, i.DomainCode, l.RecordId })
            .Distinct()
            .GroupBy(x => new { x.UnitId, x.DomainCode })
            .Select(g => new { g.Key.UnitId, g.Key.DomainCode, Count = g.Count() })
            .ToDictionaryAsync(x => (x.UnitId, x.DomainCode), x => x.Count, ct);

        return itemCounts.ToDictionary(
            c => c.Key,
            c => new CoverageCellDto(c.Key.DomainCode, c.Value, published.GetValueOrDefault(c.Key), overdue.GetValueOrDefault(c.Key), late.GetValueOrDefault(c.Key)));
    }

    private static Task<Dictionary<(Guid UnitId, string DomainCode), int>> PerCellAsync(IQueryable<CurrentItem> items, CancellationToken ct) =>
        items.GroupBy(i => new { i.UnitId, i.DomainCode })
            .Select(g => new { g.Key.UnitId, g.Key.DomainCode, Count = g.Count() })
            .ToDictionaryAsync(x => (x.UnitId, x.DomainCode), x => x.Count, ct);

    /// <summary>An item of a current published catalogue; a class with initialised properties (not a positional record) so EF can keep composing on it.</summary>
    private sealed class CurrentItem
    {
        public Guid UnitId { get; init; }

        public string DomainCode { get; init; } = "";

        public Guid ItemKey { get; init; }
    }
}
