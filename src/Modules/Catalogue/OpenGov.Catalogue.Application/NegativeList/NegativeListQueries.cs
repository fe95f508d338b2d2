using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Domain.NegativeList;

namespace OpenGov.Catalogue.Application.NegativeList;

/// <summary>The unit's 负面清单; released entries only when asked for.</summary>
public sealed record ListNegativeListQuery(Guid UnitId, bool? IncludeReleased) : IQuery<IReadOnlyList<NegativeListItemDto>>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

public sealed record GetNegativeListItemQuery(Guid UnitId, Guid Id) : IQuery<NegativeListItemDto>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

/// <summary>The unit's annual reviews, newest first.</summary>
public sealed record ListNegativeListReviewsQuery(Guid UnitId) : IQuery<IReadOnlyList<NegativeListReviewDto>>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

/// <summary>Public: what a unit withholds and why (CAT-11: specific enough to check; everything else is disclosed in principle).</summary>
[AllowAnonymousRequest]
public sealed record GetPublicNegativeListQuery(Guid UnitId) : IQuery<IReadOnlyList<NegativeListItemDto>>;

internal sealed class ListNegativeListHandler(ICatalogueDb db) : IQueryHandler<ListNegativeListQuery, IReadOnlyList<NegativeListItemDto>>
{
    public async Task<Result<IReadOnlyList<NegativeListItemDto>>> Handle(ListNegativeListQuery query, CancellationToken cancellationToken)
    {
        var items = db.NegativeListItems.AsNoTracking().Where(i => i.UnitId == query.UnitId);
        if (query.IncludeReleased != true)
        {
            items = items.Where(i => i.Status == NegativeListItemStatus.Active);
        }

        return await items.OrderBy(i => i.CreatedAt).ThenBy(i => i.Name).ProjectToDto().ToListAsync(cancellationToken);
    }
}

internal sealed class GetNegativeListItemHandler(ICatalogueDb db) : IQueryHandler<GetNegativeListItemQuery, NegativeListItemDto>
{
    public async Task<Result<NegativeListItemDto>> Handle(GetNegativeListItemQuery query, CancellationToken cancellationToken)
    {
        var item = await db.NegativeListItems.AsNoTracking().Where(i => i.Id == query.Id && i.UnitId == query.UnitId)
            .ProjectToDto().FirstOrDefaultAsync(cancellationToken);
        return item is null ? NegativeListRules.NotFound : item;
    }
}

internal sealed class ListNegativeListReviewsHandler(ICatalogueDb db) : IQueryHandler<ListNegativeListReviewsQuery, IReadOnlyList<NegativeListReviewDto>>
{
    public async Task<Result<IReadOnlyList<NegativeListReviewDto>>> Handle(ListNegativeListReviewsQuery query, CancellationToken cancellationToken)
    {
        var reviews = await db.NegativeListReviews.AsNoTracking().Where(r => r.UnitId == query.UnitId)
            .OrderByDescending(r => r.Year).ToListAsync(cancellationToken);
        return reviews.Select(r => r.ToDto()).ToList();
    }
}

internal sealed class GetPublicNegativeListHandler(ICatalogueDb db) : IQueryHandler<GetPublicNegativeListQuery, IReadOnlyList<NegativeListItemDto>>
{
    public async Task<Result<IReadOnlyList<NegativeListItemDto>>> Handle(GetPublicNegativeListQuery query, CancellationToken cancellationToken) =>
        await db.NegativeListItems.AsNoTracking()
            .Where(i => i.UnitId == query.UnitId && i.Status == NegativeListItemStatus.Active)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Name).ProjectToDto().ToListAsync(cancellationToken);
}
