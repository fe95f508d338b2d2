using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Domain.Catalogues;
using OpenGov.Organization.Contracts;

namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>The current published catalogue of a unit for a domain, with its change history (CAT-8, CAT-10).</summary>
[AllowAnonymousRequest]
public sealed record GetPublishedCatalogueQuery(Guid UnitId, string DomainCode) : IQuery<PublicCatalogueDto>;

/// <summary>Items of current published catalogues whose 一级 or 二级事项 contains <paramref name="Q"/>, across units.</summary>
[AllowAnonymousRequest]
public sealed record SearchPublishedItemsQuery(string? Q, Guid? UnitId, string? DomainCode, int? Page, int? PageSize) : IQuery<PagedList<PublicItemHitDto>>;

internal sealed class SearchPublishedItemsValidator : AbstractValidator<SearchPublishedItemsQuery>
{
    public SearchPublishedItemsValidator() =>
        RuleFor(x => x.Q).MaximumLength(100).WithErrorCode("search.q_too_long").WithMessage("检索词不能超过 100 个字");
}

internal sealed class GetPublishedCatalogueHandler(ICatalogueDb db, IMediator mediator, PublishedCatalogueCache cache)
    : IQueryHandler<GetPublishedCatalogueQuery, PublicCatalogueDto>
{
    public async Task<Result<PublicCatalogueDto>> Handle(GetPublishedCatalogueQuery query, CancellationToken cancellationToken)
    {
        var dto = await cache.GetOrBuildAsync(query.UnitId, query.DomainCode, () => BuildAsync(query, cancellationToken));
        return dto is null ? Error.NotFound("catalogue.not_published", "该单位在该领域还没有发布目录") : dto;
    }

    private async Task<PublicCatalogueDto?> BuildAsync(GetPublishedCatalogueQuery query, CancellationToken cancellationToken)
    {
        var current = await db.Catalogues.AsNoTracking().Include(c => c.Items)
            .FirstOrDefaultAsync(c => c.UnitId == query.UnitId && c.DomainCode == query.DomainCode && c.Status == CatalogueStatus.Published, cancellationToken);
        if (current is null)
        {
            return null;
        }

        var history = await db.Catalogues.AsNoTracking()
            .Where(c => c.UnitId == query.UnitId && c.DomainCode == query.DomainCode
                && (c.Status == CatalogueStatus.Published || c.Status == CatalogueStatus.Superseded))
            .OrderByDescending(c => c.Edition)
            .Select(c => new PublicEditionDto(c.Edition, c.PublishedAt, c.SupersededAt, c.ChangeReason, c.Items.Count))
            .ToListAsync(cancellationToken);
        var domainName = await db.Domains.Where(d => d.Id == query.DomainCode).Select(d => d.Name).FirstAsync(cancellationToken);
        var units = await mediator.Send(new GetUnitSummariesQuery([query.UnitId]), cancellationToken);
        var unitName = units.IsSuccess ? units.Value.FirstOrDefault()?.Name ?? "" : "";
        return new PublicCatalogueDto(current.UnitId, unitName, current.DomainCode, domainName, current.Edition, current.PublishedAt, current.ToDto().Items, history);
    }
}

internal sealed class SearchPublishedItemsHandler(ICatalogueDb db, IMediator mediator) : IQueryHandler<SearchPublishedItemsQuery, PagedList<PublicItemHitDto>>
{
    public async Task<Result<PagedList<PublicItemHitDto>>> Handle(SearchPublishedItemsQuery query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalize(query.Page, query.PageSize);
        var published = db.Catalogues.Where(c => c.Status == CatalogueStatus.Published);
        if (query.UnitId is { } unitId)
        {
            published = published.Where(c => c.UnitId == unitId);
        }

        if (!string.IsNullOrWhiteSpace(query.DomainCode))
        {
            published = published.Where(c => c.DomainCode == query.DomainCode);
        }

        var items = db.CatalogueItems.AsNoTracking().Where(i => published.Any(c => c.Id == i.CatalogueId));
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            items = items.Where(i => i.SecondLevel.Contains(q) || i.FirstLevel.Contains(q));
        }

        var total = await items.CountAsync(cancellationToken);
        var rows = await items
            .Join(db.Catalogues, i => i.CatalogueId, c => c.Id, (i, c) => new { Item = i, c.UnitId, c.DomainCode, c.Edition })
            .OrderBy(x => x.DomainCode).ThenBy(x => x.UnitId).ThenBy(x => x.Item.Sequence)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);

        var unitIds = rows.Select(r => r.UnitId).Distinct().ToList();
        var units = unitIds.Count == 0 ? null : await mediator.Send(new GetUnitSummariesQuery(unitIds), cancellationToken);
        var unitNames = units is { IsSuccess: true } ? units.Value.ToDictionary(u => u.Id, u => u.Name) : [];
        var domainNames = await db.Domains.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var hits = rows.Select(r => new PublicItemHitDto(
            r.UnitId, unitNames.GetValueOrDefault(r.UnitId, ""), r.DomainCode, domainNames.GetValueOrDefault(r.DomainCode, ""), r.Edition, r.Item.ToDto())).ToList();
        return new PagedList<PublicItemHitDto>(hits, total, page, pageSize);
    }
}
