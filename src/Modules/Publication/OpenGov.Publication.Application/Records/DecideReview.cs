using FluentValidation;
using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Records;

/// <summary>One review decision (一事一审): the stage must be the pending one and the reviewer must hold the role configured for it.</summary>
[AuthorizeRoles(Roles.Editor, Roles.Reviewer, Roles.Leader, Roles.UnitAdmin)]
public sealed record DecideReviewCommand(Guid RecordId, ReviewStage? Stage, bool? Approve, string? Opinion, int? Version) : ICommand<Guid>;

internal sealed class DecideReviewValidator : AbstractValidator<DecideReviewCommand>
{
    public DecideReviewValidator()
    {
        RuleFor(x => x.Stage).NotNull().WithErrorCode("publication.stage_required").WithMessage("请指明审查环节")
            .IsInEnum().WithErrorCode("publication.choice_unknown").WithMessage("审查环节不在可选范围内");
        RuleFor(x => x.Approve).NotNull().WithErrorCode("publication.decision_required").WithMessage("请选择通过或退回");
        RuleFor(x => x.Opinion).MaximumLength(GovernmentRecord.ReasonMaxLength)
            .WithErrorCode("publication.too_long").WithMessage($"审查意见不能超过 {GovernmentRecord.ReasonMaxLength} 个字");
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed class DecideReviewHandler(IPublicationDb db, ICurrentUser currentUser, IOptions<PublicationOptions> options, TimeProvider clock)
    : ICommandHandler<DecideReviewCommand, Guid>
{
    public async Task<Result<Guid>> Handle(DecideReviewCommand command, CancellationToken cancellationToken)
    {
        var found = await db.VisibleAsync(currentUser, command.RecordId, command.Version, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var record = found.Value;
        var stage = command.Stage!.Value;
        if (currentUser.OwnUnitOnly(record) is { } forbidden)
        {
            return forbidden;
        }

        var roles = options.Value.EffectiveReviewStages.FirstOrDefault(s => s.Stage == stage)?.Roles ?? [];
        if (!roles.Any(currentUser.IsInRole))
        {
            var names = string.Join("、", roles.Select(r => Roles.ChineseNames.GetValueOrDefault(r, r)));
            return Error.Forbidden("publication.reviewer_role_required", $"{RecordLabels.Stages[stage]}须由以下角色办理：{(names.Length > 0 ? names : "（未配置）")}");
        }

        var decided = record.Decide(stage, command.Approve!.Value, command.Opinion, currentUser.UserId, currentUser.DisplayName(), clock.GetUtcNow());
        return decided.IsSuccess ? record.Id : decided.Error;
    }
}
