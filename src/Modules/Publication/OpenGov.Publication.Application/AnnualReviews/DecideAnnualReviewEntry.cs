using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Application.Records;
using OpenGov.Publication.Domain.AnnualReviews;

namespace OpenGov.Publication.Application.AnnualReviews;

/// <summary>
/// Keep withholding a record, or disclose it: it becomes 此件公开发布, returns to draft for review and publishing,
/// and its 公开时限 (PUB-8) runs from the day of the decision.
/// </summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Leader)]
public sealed record DecideAnnualReviewEntryCommand(Guid UnitId, Guid ReviewId, Guid EntryId, ReviewDecision? Decision, string? Reason, int? Version)
    : ICommand<Guid>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

internal sealed class DecideAnnualReviewEntryValidator : AbstractValidator<DecideAnnualReviewEntryCommand>
{
    public DecideAnnualReviewEntryValidator()
    {
        RuleFor(x => x.Decision).NotNull().WithErrorCode("publication.decision_required").WithMessage("请选择 Keep 维持不公开或 Disclose 转为主动公开")
            .IsInEnum().WithErrorCode("publication.choice_unknown").WithMessage("决定不在可选范围内");
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode("publication.reason_required").WithMessage("请写明维持不公开或转为公开的理由")
            .MaximumLength(AnnualReview.ReasonMaxLength).WithErrorCode("publication.too_long").WithMessage($"理由不能超过 {AnnualReview.ReasonMaxLength} 个字");
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed class DecideAnnualReviewEntryHandler(IPublicationDb db, RecordDrafting drafting, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<DecideAnnualReviewEntryCommand, Guid>
{
    public async Task<Result<Guid>> Handle(DecideAnnualReviewEntryCommand command, CancellationToken cancellationToken)
    {
        if (currentUser.OwnUnitOnly(command.UnitId) is { } forbidden)
        {
            return forbidden;
        }

        var found = await db.ReviewAsync(command.UnitId, command.ReviewId, command.Version, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var review = found.Value;
        var recordId = review.Entries.FirstOrDefault(e => e.Id == command.EntryId)?.RecordId;
        var record = recordId is null ? null : await db.Records.WithChildren().FirstOrDefaultAsync(r => r.Id == recordId, cancellationToken);
        if (record is null)
        {
            return Error.NotFound("publication.entry_not_found", "审查条目不存在");
        }

        var today = clock.Today();
        var decision = command.Decision!.Value;
        var decided = review.Decide(command.EntryId, decision, command.Reason, record, today, currentUser.UserId, currentUser.DisplayName(), clock.GetUtcNow());
        if (!decided.IsSuccess)
        {
            return decided.Error;
        }

        if (decision == ReviewDecision.Disclose)
        {
            await drafting.ApplyDeadlineAsync(record, cancellationToken, changedOn: today);
        }

        return review.Id;
    }
}
