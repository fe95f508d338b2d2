using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>单位已发布目录的领域</summary>
/// <param name="DomainCode">领域代码</param>
/// <param name="DomainName">领域名称</param>
/// <param name="Edition">现行版本号</param>
/// <param name="PublishedAt">现行版本发布时间</param>
/// <param name="ItemCount">事项数</param>
public sealed record PublishedDomainDto(string DomainCode, string DomainName, int Edition, DateTimeOffset? PublishedAt, int ItemCount);

/// <summary>The domains in which a unit has a published catalogue, in domain order: the first level of the public tree.</summary>
[AllowAnonymousRequest]
public sealed record ListPublishedCataloguesQuery(Guid UnitId) : IQuery<IReadOnlyList<PublishedDomainDto>>;

internal sealed class ListPublishedCataloguesHandler(ICatalogueDb db) : IQueryHandler<ListPublishedCataloguesQuery, IReadOnlyList<PublishedDomainDto>>
{
    public async Task<Result<IReadOnlyList<PublishedDomainDto>>> Handle(ListPublishedCataloguesQuery query, CancellationToken cancellationToken) =>
        await db.Catalogues.AsNoTracking()
            .Where(c => c.UnitId == query.UnitId && c.Status == CatalogueStatus.Published)
            .Join(db.Domains, c => c.DomainCode, d => d.Id, (c, d) => new { c, d })
            .OrderBy(x => x.d.SortOrder).ThenBy(x => x.d.Id)
            .Select(x => new PublishedDomainDto(x.d.Id, x.d.Name, x.c.Edition, x.c.PublishedAt, x.c.Items.Count))
            .ToListAsync(cancellationToken);
}
