using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Contracts;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Domain.AnnualReviews;

namespace OpenGov.Publication.Application.AnnualReviews;

/// <summary>One round with its entries: the unit's administrators and leaders, and the county office.</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Leader, Roles.CountyAdmin)]
public sealed record GetAnnualReviewQuery(Guid UnitId, Guid ReviewId) : IQuery<AnnualReviewDto>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

/// <summary>Each unit's progress for a year: the county office sees every active unit, others their own.</summary>
/// <param name="Year">审查年度（默认今年）</param>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Leader, Roles.CountyAdmin)]
public sealed record ListAnnualReviewsQuery(int? Year) : IQuery<IReadOnlyList<AnnualReviewProgressDto>>;

internal sealed class ListAnnualReviewsValidator : AbstractValidator<ListAnnualReviewsQuery>
{
    public ListAnnualReviewsValidator() =>
        RuleFor(x => x.Year).InclusiveBetween(2008, 9999).WithErrorCode("publication.year_invalid").WithMessage("审查年度无效");
}

internal sealed class GetAnnualReviewHandler(IPublicationDb db) : IQueryHandler<GetAnnualReviewQuery, AnnualReviewDto>
{
    public async Task<Result<AnnualReviewDto>> Handle(GetAnnualReviewQuery query, CancellationToken cancellationToken)
    {
        var review = await db.AnnualReviews.AsNoTracking().Include(r => r.Entries)
            .FirstOrDefaultAsync(r => r.Id == query.ReviewId && r.UnitId == query.UnitId, cancellationToken);
        return review is null ? AnnualReviewAccess.NotFound : review.ToDto();
    }
}

internal sealed class ListAnnualReviewsHandler(IPublicationDb db, IMediator mediator, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<ListAnnualReviewsQuery, IReadOnlyList<AnnualReviewProgressDto>>
{
    public async Task<Result<IReadOnlyList<AnnualReviewProgressDto>>> Handle(ListAnnualReviewsQuery query, CancellationToken cancellationToken)
    {
        var year = query.Year ?? clock.Today().Year;
        var reviews = db.AnnualReviews.AsNoTracking().Where(r => r.Year == year);
        if (!currentUser.IsCountyAdmin)
        {
            var own = currentUser.UnitId ?? Guid.Empty;
            reviews = reviews.Where(r => r.UnitId == own);
        }

        var progress = await reviews.Select(r => new
        {
            r.Id, r.UnitId, r.OpenedAt, r.CompletedAt,
            Total = r.Entries.Count,
            Pending = r.Entries.Count(e => e.Decision == null),
            Disclosed = r.Entries.Count(e => e.Decision == ReviewDecision.Disclose),
        }).ToDictionaryAsync(r => r.UnitId, cancellationToken);

        var units = await mediator.Send(
            new GetUnitSummariesQuery(currentUser.IsCountyAdmin ? null : [currentUser.UnitId ?? Guid.Empty], ActiveOnly: currentUser.IsCountyAdmin), cancellationToken);
        var listed = units.IsSuccess ? units.Value.OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => (u.Id, (string?)u.Name)).ToList() : [];
        // A round of a unit since deactivated still counts for the year.
        listed.AddRange(progress.Keys.Where(id => listed.All(u => u.Id != id)).Select(id => (id, (string?)null)));

        return listed.Select(u => progress.TryGetValue(u.Id, out var p)
            ? new AnnualReviewProgressDto(
                u.Id, u.Item2, year, p.Id, p.CompletedAt is null ? AnnualReviewState.InProgress : AnnualReviewState.Completed, p.Total, p.Pending,
                p.Disclosed, p.Total - p.Pending - p.Disclosed, p.OpenedAt, p.CompletedAt)
            : new AnnualReviewProgressDto(u.Id, u.Item2, year, null, AnnualReviewState.NotStarted, 0, 0, 0, 0, null, null)).ToList();
    }
}
