using System.Runtime.CompilerServices;
using MediatR;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Domain.Catalogues;
using OpenGov.Organization.Contracts;

namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>What an xlsx export holds: a file name and one sheet per domain, in domain order.</summary>
/// <param name="FileName">下载文件名（含 .xlsx）</param>
/// <param name="Sheets">各领域的工作表</param>
public sealed record CatalogueExport(string FileName, IReadOnlyList<CatalogueExportSheet> Sheets);

/// <summary>
/// One domain's worksheet: the title row and its rows (unit, item), grouped by unit. The rows are read from the
/// database while the sheet is written, so they can be enumerated once, within the request.
/// </summary>
/// <param name="DomainCode">领域代码</param>
/// <param name="DomainName">领域名称（工作表名）</param>
/// <param name="Title">标题行</param>
/// <param name="Rows">事项行，按单位、序号排列</param>
public sealed record CatalogueExportSheet(string DomainCode, string DomainName, string Title, IAsyncEnumerable<CatalogueExportRow> Rows);

/// <summary>One item with the unit whose catalogue it belongs to.</summary>
/// <param name="UnitName">单位名称</param>
/// <param name="Item">事项</param>
public sealed record CatalogueExportRow(string UnitName, CatalogueItemDto Item);

/// <summary>A unit's current published catalogues (one domain, or all) for staff of that unit or the county office.</summary>
public sealed record ExportUnitCataloguesQuery(Guid UnitId, string? DomainCode) : IQuery<CatalogueExport>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

/// <summary>The same export for the public: published catalogues are public content (CAT-10).</summary>
[AllowAnonymousRequest]
public sealed record ExportPublishedCataloguesQuery(Guid UnitId, string? DomainCode) : IQuery<CatalogueExport>;

/// <summary>Every unit's current published catalogue for one domain, or all: the county office's overview.</summary>
[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record ExportCountyCataloguesQuery(string? DomainCode) : IQuery<CatalogueExport>;

internal sealed class ExportUnitCataloguesHandler(ICatalogueDb db, IMediator mediator) : IQueryHandler<ExportUnitCataloguesQuery, CatalogueExport>
{
    public Task<Result<CatalogueExport>> Handle(ExportUnitCataloguesQuery query, CancellationToken cancellationToken) =>
        CatalogueExportLoader.UnitAsync(db, mediator, query.UnitId, query.DomainCode, cancellationToken);
}

internal sealed class ExportPublishedCataloguesHandler(ICatalogueDb db, IMediator mediator) : IQueryHandler<ExportPublishedCataloguesQuery, CatalogueExport>
{
    public Task<Result<CatalogueExport>> Handle(ExportPublishedCataloguesQuery query, CancellationToken cancellationToken) =>
        CatalogueExportLoader.UnitAsync(db, mediator, query.UnitId, query.DomainCode, cancellationToken);
}

internal sealed class ExportCountyCataloguesHandler(ICatalogueDb db, IMediator mediator) : IQueryHandler<ExportCountyCataloguesQuery, CatalogueExport>
{
    public async Task<Result<CatalogueExport>> Handle(ExportCountyCataloguesQuery query, CancellationToken cancellationToken)
    {
        var units = await mediator.Send(new GetUnitSummariesQuery(), cancellationToken);
        if (!units.IsSuccess)
        {
            return units.Error;
        }

        var unitNames = units.Value.ToDictionary(u => u.Id, u => u.Name);
        var sheets = await CatalogueExportLoader.SheetsAsync(db, null, query.DomainCode, unitNames, "全县", cancellationToken);
        if (!sheets.IsSuccess)
        {
            return sheets.Error;
        }

        var domainPart = query.DomainCode is null ? "" : sheets.Value[0].DomainName + "领域";
        return new CatalogueExport($"全县{domainPart}基层政务公开标准目录.xlsx", sheets.Value);
    }
}

/// <summary>Reads current published versions into export sheets; shared by the three export queries.</summary>
internal static class CatalogueExportLoader
{
    private static readonly Error UnitNotFound = Error.NotFound("unit.not_found", "单位不存在");
    private static readonly Error DomainNotFound = Error.NotFound("domain.not_found", "公开领域不存在");
    private static readonly Error NothingPublished = Error.NotFound("catalogue.not_published", "没有已发布的目录可供导出");

    public static async Task<Result<CatalogueExport>> UnitAsync(
        ICatalogueDb db, IMediator mediator, Guid unitId, string? domainCode, CancellationToken ct)
    {
        var units = await mediator.Send(new GetUnitSummariesQuery([unitId]), ct);
        if (!units.IsSuccess)
        {
            return units.Error;
        }

        if (units.Value.FirstOrDefault(u => u.Id == unitId) is not { } unit)
        {
            return UnitNotFound;
        }

        var sheets = await SheetsAsync(db, unitId, domainCode, new Dictionary<Guid, string> { [unitId] = unit.Name }, unit.Name, ct);
        if (!sheets.IsSuccess)
        {
            return sheets.Error;
        }

        var domainPart = domainCode is null ? "" : sheets.Value[0].DomainName + "领域";
        return new CatalogueExport($"{unit.Name}{domainPart}基层政务公开标准目录.xlsx", sheets.Value);
    }

    public static async Task<Result<IReadOnlyList<CatalogueExportSheet>>> SheetsAsync(
        ICatalogueDb db, Guid? unitId, string? domainCode, IReadOnlyDictionary<Guid, string> unitNames, string titleOwner, CancellationToken ct)
    {
        var domains = db.Domains.AsNoTracking();
        var catalogues = db.Catalogues.AsNoTracking().Where(c => c.Status == CatalogueStatus.Published);
        if (domainCode is not null)
        {
            domains = domains.Where(d => d.Id == domainCode);
            catalogues = catalogues.Where(c => c.DomainCode == domainCode);
        }

        if (unitId is { } unit)
        {
            catalogues = catalogues.Where(c => c.UnitId == unit);
        }

        var domainList = await domains.OrderBy(d => d.SortOrder).ThenBy(d => d.Id).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        if (domainList.Count == 0)
        {
            return DomainNotFound;
        }

        // Only the catalogue headers are read here; their items stream into the writer sheet by sheet.
        var published = await catalogues.Select(c => new { c.Id, c.UnitId, c.DomainCode }).ToListAsync(ct);
        var sheets = new List<CatalogueExportSheet>();
        foreach (var domain in domainList)
        {
            // Unit names live in Organization, so the database cannot order by them: the catalogues are ordered here.
            var ordered = published.Where(c => c.DomainCode == domain.Id)
                .Select(c => new ExportedCatalogue(c.Id, c.UnitId, unitNames.GetValueOrDefault(c.UnitId, "")))
                .OrderBy(c => c.UnitName, StringComparer.Ordinal).ThenBy(c => c.UnitId)
                .ToList();
            if (ordered.Count > 0)
            {
                sheets.Add(new CatalogueExportSheet(domain.Id, domain.Name, $"{titleOwner} {domain.Name}领域基层政务公开标准目录", Rows(db, ordered)));
            }
        }

        return sheets.Count == 0 ? NothingPublished : sheets;
    }

    /// <summary>Reads lazily, one catalogue at a time, so a county-wide export never holds more than one row in memory.</summary>
    private static async IAsyncEnumerable<CatalogueExportRow> Rows(
        ICatalogueDb db, IReadOnlyList<ExportedCatalogue> catalogues, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var catalogue in catalogues)
        {
            var items = db.CatalogueItems.AsNoTracking().Where(i => i.CatalogueId == catalogue.Id).OrderBy(i => i.Sequence).AsAsyncEnumerable();
            await foreach (var item in items.WithCancellation(ct))
            {
                yield return new CatalogueExportRow(catalogue.UnitName, item.ToDto());
            }
        }
    }

    private sealed record ExportedCatalogue(Guid Id, Guid UnitId, string UnitName);
}
