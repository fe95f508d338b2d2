using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>The newest version of a unit's catalogue for a domain: the open one if any, else the published one.</summary>
public sealed record GetCatalogueQuery(Guid UnitId, string DomainCode) : IQuery<CatalogueDto>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

/// <summary>Every version of a unit's catalogue for a domain, newest first (调整记录).</summary>
public sealed record ListCatalogueEditionsQuery(Guid UnitId, string DomainCode) : IQuery<IReadOnlyList<CatalogueSummaryDto>>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

/// <summary>The county office's work list; other callers see their own unit only.</summary>
public sealed record ListCataloguesQuery(Guid? UnitId, string? DomainCode, CatalogueStatus? Status, int? Page, int? PageSize)
    : IQuery<PagedList<CatalogueSummaryDto>>;

internal sealed class GetCatalogueHandler(ICatalogueDb db) : IQueryHandler<GetCatalogueQuery, CatalogueDto>
{
    public async Task<Result<CatalogueDto>> Handle(GetCatalogueQuery query, CancellationToken cancellationToken)
    {
        var latest = await db.Catalogues.AsNoTracking().Include(c => c.Items)
            .Where(c => c.UnitId == query.UnitId && c.DomainCode == query.DomainCode)
            .OrderByDescending(c => c.Edition).FirstOrDefaultAsync(cancellationToken);
        return latest is null ? CatalogueLookups.NotFound : latest.ToDto();
    }
}

internal sealed class ListCatalogueEditionsHandler(ICatalogueDb db) : IQueryHandler<ListCatalogueEditionsQuery, IReadOnlyList<CatalogueSummaryDto>>
{
    public async Task<Result<IReadOnlyList<CatalogueSummaryDto>>> Handle(ListCatalogueEditionsQuery query, CancellationToken cancellationToken)
    {
        var list = await db.Catalogues.AsNoTracking()
            .Where(c => c.UnitId == query.UnitId && c.DomainCode == query.DomainCode)
            .OrderByDescending(c => c.Edition)
            .Select(CatalogueProjections.Summary)
            .ToListAsync(cancellationToken);
        return list.Count == 0 ? CatalogueLookups.NotFound : list;
    }
}

internal sealed class ListCataloguesHandler(ICatalogueDb db, ICurrentUser currentUser) : IQueryHandler<ListCataloguesQuery, PagedList<CatalogueSummaryDto>>
{
    public async Task<Result<PagedList<CatalogueSummaryDto>>> Handle(ListCataloguesQuery query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalize(query.Page, query.PageSize);
        var unitId = currentUser.IsCountyAdmin ? query.UnitId : currentUser.UnitId;
        var catalogues = db.Catalogues.AsNoTracking();
        if (unitId is { } unit)
        {
            catalogues = catalogues.Where(c => c.UnitId == unit);
        }

        if (!string.IsNullOrWhiteSpace(query.DomainCode))
        {
            catalogues = catalogues.Where(c => c.DomainCode == query.DomainCode);
        }

        if (query.Status is { } status)
        {
            catalogues = catalogues.Where(c => c.Status == status);
        }

        var total = await catalogues.CountAsync(cancellationToken);
        var items = await catalogues
            .OrderBy(c => c.UnitId).ThenBy(c => c.DomainCode).ThenByDescending(c => c.Edition)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(CatalogueProjections.Summary)
            .ToListAsync(cancellationToken);
        return new PagedList<CatalogueSummaryDto>(items, total, page, pageSize);
    }
}

internal static class CatalogueProjections
{
    public static readonly System.Linq.Expressions.Expression<Func<UnitCatalogue, CatalogueSummaryDto>> Summary = c => new CatalogueSummaryDto(
        c.Id, c.UnitId, c.DomainCode, c.Edition, c.Status, c.ChangeReason, c.Items.Count, c.SubmittedAt, c.PublishedAt, c.SupersededAt, c.Version);
}
