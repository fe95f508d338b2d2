using OpenGov.Catalogue.Contracts;
using OpenGov.Catalogue.Domain.Catalogues;
using Riok.Mapperly.Abstractions;

namespace OpenGov.Catalogue.Application.Catalogues;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class CatalogueMapper
{
    public static CatalogueDto ToDto(this UnitCatalogue c) => new(
        c.Id, c.UnitId, c.DomainCode, c.Edition, c.Status, c.ChangeReason, c.ReturnReason, c.CreatedAt, c.UpdatedAt, c.SubmittedAt, c.ReviewedAt,
        c.PublishedAt, c.SupersededAt, c.Version, c.Items.Count(i => !i.Deadline.IsParsed),
        [.. c.Items.OrderBy(i => i.Sequence).Select(i => i.ToDto())]);

    [MapProperty(nameof(CatalogueItem.ItemKey), nameof(CatalogueItemDto.ItemId))]
    public static partial CatalogueItemDto ToDto(this CatalogueItem item);

    public static partial CatalogueDeadline ToContract(this DeadlineRule rule);

    [MapProperty(nameof(CatalogueItem.ItemKey), nameof(PublishedCatalogueItem.ItemId))]
    public static partial PublishedCatalogueItem ToPublished(this CatalogueItem item);
}
