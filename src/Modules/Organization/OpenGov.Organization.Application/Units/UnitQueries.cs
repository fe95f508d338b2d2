using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Application.Abstractions;
using OpenGov.Organization.Contracts;
using OpenGov.Organization.Domain.Units;

namespace OpenGov.Organization.Application.Units;

public sealed record GetUnitQuery(Guid Id) : IQuery<UnitDto>;

/// <summary>Sort keys: name, sortOrder, createdAt, type; a leading '-' sorts descending.</summary>
public sealed record ListUnitsQuery(
    string? Q, OrganizationUnitType? Type, Guid? ParentId, bool? IsActive, string? Sort, int? Page, int? PageSize) : IQuery<PagedList<UnitDto>>;

internal sealed class GetUnitHandler(IOrganizationDb db) : IQueryHandler<GetUnitQuery, UnitDto>
{
    public async Task<Result<UnitDto>> Handle(GetUnitQuery query, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == query.Id).ProjectToDto().FirstOrDefaultAsync(cancellationToken);
        return unit is null ? Error.NotFound("unit.not_found", "单位不存在") : unit;
    }
}

internal sealed class ListUnitsHandler(IOrganizationDb db) : IQueryHandler<ListUnitsQuery, PagedList<UnitDto>>
{
    public async Task<Result<PagedList<UnitDto>>> Handle(ListUnitsQuery query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalize(query.Page, query.PageSize);
        var units = db.Units.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            units = units.Where(u => u.Name.Contains(q) || u.ShortName.Contains(q));
        }

        if (query.Type is { } type)
        {
            var domainType = type.ToDomain();
            units = units.Where(u => u.Type == domainType);
        }

        if (query.ParentId is { } parentId)
        {
            units = units.Where(u => u.ParentId == parentId);
        }

        if (query.IsActive is { } active)
        {
            units = units.Where(u => u.IsActive == active);
        }

        var sort = (query.Sort ?? "sortOrder").Trim();
        var descending = sort.StartsWith('-');
        IOrderedQueryable<Unit> ordered = sort.TrimStart('-').ToLowerInvariant() switch
        {
            "name" => descending ? units.OrderByDescending(u => u.Name) : units.OrderBy(u => u.Name),
            "createdat" => descending ? units.OrderByDescending(u => u.CreatedAt) : units.OrderBy(u => u.CreatedAt),
            "type" => descending ? units.OrderByDescending(u => u.Type) : units.OrderBy(u => u.Type),
            _ => descending ? units.OrderByDescending(u => u.SortOrder) : units.OrderBy(u => u.SortOrder),
        };
        ordered = ordered.ThenBy(u => u.Name).ThenBy(u => u.Id);

        var total = await units.CountAsync(cancellationToken);
        var items = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ProjectToDto().ToListAsync(cancellationToken);
        return new PagedList<UnitDto>(items, total, page, pageSize);
    }
}

internal sealed class GetUnitSummariesHandler(IOrganizationDb db) : IQueryHandler<GetUnitSummariesQuery, IReadOnlyList<UnitSummary>>
{
    public async Task<Result<IReadOnlyList<UnitSummary>>> Handle(GetUnitSummariesQuery query, CancellationToken cancellationToken)
    {
        var units = db.Units.AsNoTracking();
        if (query.Ids is { } ids)
        {
            units = units.Where(u => ids.Contains(u.Id));
        }

        if (query.ActiveOnly)
        {
            units = units.Where(u => u.IsActive);
        }

        var list = await units.OrderBy(u => u.SortOrder).ThenBy(u => u.Name).ToListAsync(cancellationToken);
        return list.Select(u => u.ToSummary()).ToList();
    }
}
