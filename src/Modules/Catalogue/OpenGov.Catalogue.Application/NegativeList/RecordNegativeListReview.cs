using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Domain.NegativeList;

namespace OpenGov.Catalogue.Application.NegativeList;

/// <summary>
/// Records the unit's annual review of its 负面清单: a conclusion for every entry on it, entries no longer needing
/// withholding are released (CAT-11). The UnitAdmin records it for the unit; the county office may record it too.
/// </summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.CountyAdmin)]
public sealed record RecordNegativeListReviewCommand(Guid UnitId, int? Year, string? Summary, IReadOnlyList<ReviewDecisionDto>? Decisions)
    : ICommand<Guid>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

internal sealed class RecordNegativeListReviewValidator : AbstractValidator<RecordNegativeListReviewCommand>
{
    public RecordNegativeListReviewValidator(TimeProvider clock)
    {
        RuleFor(x => x.Year).NotNull().WithErrorCode("negative_list.year_required").WithMessage("请填写评估年度")
            .InclusiveBetween(2000, clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year)
            .WithErrorCode("negative_list.year_range").WithMessage("评估年度须在 2000 年到今年之间");
        RuleFor(x => x.Summary).NotEmpty().WithErrorCode("negative_list.summary_required").WithMessage("请填写评估结论")
            .MaximumLength(NegativeListReview.SummaryMaxLength).WithErrorCode("negative_list.too_long")
            .WithMessage($"评估结论不能超过 {NegativeListReview.SummaryMaxLength} 个字");
        RuleFor(x => x.Decisions).NotNull().WithErrorCode("negative_list.decisions_required").WithMessage("请提交逐项结论 decisions")
            .Must(d => d is null || d.Count <= 10_000).WithErrorCode("negative_list.too_many").WithMessage("结论条数过多");
        RuleForEach(x => x.Decisions).ChildRules(d =>
        {
            d.RuleFor(x => x.Decision).NotNull().WithErrorCode("negative_list.decision_required").WithMessage("请选择结论：继续不予公开或移出清单")
                .IsInEnum().WithErrorCode("negative_list.decision_unknown").WithMessage("结论只能是 Keep 或 Release");
            d.RuleFor(x => x.Note).MaximumLength(NegativeListItem.TextMaxLength).WithErrorCode("negative_list.too_long")
                .WithMessage($"说明不能超过 {NegativeListItem.TextMaxLength} 个字");
        });
    }
}

internal sealed class RecordNegativeListReviewHandler(ICatalogueDb db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RecordNegativeListReviewCommand, Guid>
{
    public async Task<Result<Guid>> Handle(RecordNegativeListReviewCommand command, CancellationToken cancellationToken)
    {
        if (await db.NegativeListReviews.AnyAsync(r => r.UnitId == command.UnitId && r.Year == command.Year, cancellationToken))
        {
            return Error.Conflict("negative_list.review_exists", $"本单位 {command.Year} 年度的负面清单评估已经记录");
        }

        var active = await db.NegativeListItems
            .Where(i => i.UnitId == command.UnitId && i.Status == NegativeListItemStatus.Active)
            .ToListAsync(cancellationToken);
        var review = NegativeListReview.Record(
            Guid.NewGuid(), command.UnitId, command.Year!.Value, command.Summary!,
            [.. command.Decisions!.Select(d => new ReviewDecisionEntry(d.ItemId, d.Decision!.Value, d.Note))],
            active, currentUser.UserId, clock.GetUtcNow());
        if (!review.IsSuccess)
        {
            return review.Error;
        }

        db.NegativeListReviews.Add(review.Value);
        return review.Value.Id;
    }
}
