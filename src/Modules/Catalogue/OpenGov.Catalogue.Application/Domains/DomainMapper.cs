using OpenGov.Catalogue.Contracts;
using OpenGov.Catalogue.Domain.Domains;
using Riok.Mapperly.Abstractions;

namespace OpenGov.Catalogue.Application.Domains;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class DomainMapper
{
    public static partial IQueryable<DisclosureDomainDto> ProjectToDto(this IQueryable<DisclosureDomain> domains);

    public static partial IQueryable<DisclosureDomainSummary> ProjectToSummary(this IQueryable<DisclosureDomain> domains);

    [MapProperty(nameof(DisclosureDomain.Id), nameof(DisclosureDomainDto.Code))]
    public static partial DisclosureDomainDto ToDto(this DisclosureDomain domain);

    [MapProperty(nameof(DisclosureDomain.Id), nameof(DisclosureDomainSummary.Code))]
    public static partial DisclosureDomainSummary ToSummary(this DisclosureDomain domain);
}
