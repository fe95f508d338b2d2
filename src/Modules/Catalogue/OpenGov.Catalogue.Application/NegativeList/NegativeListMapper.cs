using OpenGov.Catalogue.Domain.NegativeList;
using Riok.Mapperly.Abstractions;

namespace OpenGov.Catalogue.Application.NegativeList;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class NegativeListMapper
{
    public static partial IQueryable<NegativeListItemDto> ProjectToDto(this IQueryable<NegativeListItem> items);

    public static NegativeListReviewDto ToDto(this NegativeListReview review) => new(
        review.Id, review.UnitId, review.Year, review.Summary, review.ReviewedAt,
        review.Decisions.Count(d => d.Decision == ReviewDecision.Keep), review.Decisions.Count(d => d.Decision == ReviewDecision.Release),
        [.. review.Decisions.Select(d => new ReviewDecisionDto(d.ItemId, d.Decision, d.Note))]);
}
