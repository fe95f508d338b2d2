using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Contracts;

namespace OpenGov.Catalogue.Application.Domains;

/// <summary>Staff see every domain, retired ones too (old catalogues still name them).</summary>
public sealed record ListDisclosureDomainsQuery(bool? IncludeRetired) : IQuery<IReadOnlyList<DisclosureDomainDto>>;

public sealed record GetDisclosureDomainQuery(string Code) : IQuery<DisclosureDomainDto>;

internal sealed class ListDisclosureDomainsHandler(ICatalogueDb db) : IQueryHandler<ListDisclosureDomainsQuery, IReadOnlyList<DisclosureDomainDto>>
{
    public async Task<Result<IReadOnlyList<DisclosureDomainDto>>> Handle(ListDisclosureDomainsQuery query, CancellationToken cancellationToken)
    {
        var domains = db.Domains.AsNoTracking();
        if (query.IncludeRetired != true)
        {
            domains = domains.Where(d => !d.IsRetired);
        }

        return await domains.OrderBy(d => d.SortOrder).ThenBy(d => d.Id).ProjectToDto().ToListAsync(cancellationToken);
    }
}

internal sealed class GetDisclosureDomainHandler(ICatalogueDb db) : IQueryHandler<GetDisclosureDomainQuery, DisclosureDomainDto>
{
    public async Task<Result<DisclosureDomainDto>> Handle(GetDisclosureDomainQuery query, CancellationToken cancellationToken)
    {
        var domain = await db.Domains.AsNoTracking().Where(d => d.Id == query.Code).ProjectToDto().FirstOrDefaultAsync(cancellationToken);
        return domain is null ? DomainErrors.NotFound : domain;
    }
}

internal sealed class GetDisclosureDomainsHandler(ICatalogueDb db) : IQueryHandler<GetDisclosureDomainsQuery, IReadOnlyList<DisclosureDomainSummary>>
{
    public async Task<Result<IReadOnlyList<DisclosureDomainSummary>>> Handle(GetDisclosureDomainsQuery query, CancellationToken cancellationToken)
    {
        var domains = db.Domains.AsNoTracking();
        if (!query.IncludeRetired)
        {
            domains = domains.Where(d => !d.IsRetired);
        }

        return await domains.OrderBy(d => d.SortOrder).ThenBy(d => d.Id).ProjectToSummary().ToListAsync(cancellationToken);
    }
}

internal static class DomainErrors
{
    public static readonly Error NotFound = Error.NotFound("domain.not_found", "公开领域不存在");
}
