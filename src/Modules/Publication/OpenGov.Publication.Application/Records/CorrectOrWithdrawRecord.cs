using FluentValidation;
using OpenGov.BuildingBlocks.Application;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Application.Public;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Records;

/// <summary>Opens a published record for correction; the corrected text is reviewed and published as a new revision.</summary>
[AuthorizeRoles(Roles.Editor, Roles.UnitAdmin)]
public sealed record StartCorrectionCommand(Guid RecordId, string? Reason, int? Version) : ICommand<Guid>;

/// <summary>撤回 a published record, with its reason; it stays in the unit's records and registrations.</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Leader)]
public sealed record WithdrawRecordCommand(Guid RecordId, string? Reason, int? Version) : ICommand<Guid>;

internal sealed class StartCorrectionValidator : AbstractValidator<StartCorrectionCommand>
{
    public StartCorrectionValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode("publication.reason_required").WithMessage("请填写更正原因")
            .MaximumLength(GovernmentRecord.ReasonMaxLength).WithErrorCode("publication.too_long").WithMessage($"更正原因不能超过 {GovernmentRecord.ReasonMaxLength} 个字");
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed class WithdrawRecordValidator : AbstractValidator<WithdrawRecordCommand>
{
    public WithdrawRecordValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode("publication.reason_required").WithMessage("请填写撤回原因")
            .MaximumLength(GovernmentRecord.ReasonMaxLength).WithErrorCode("publication.too_long").WithMessage($"撤回原因不能超过 {GovernmentRecord.ReasonMaxLength} 个字");
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed class StartCorrectionHandler(IPublicationDb db, RecordDrafting drafting, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<StartCorrectionCommand, Guid>
{
    public async Task<Result<Guid>> Handle(StartCorrectionCommand command, CancellationToken cancellationToken)
    {
        var found = await db.VisibleAsync(currentUser, command.RecordId, command.Version, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var record = found.Value;
        if (currentUser.OwnUnitOnly(record) is { } forbidden)
        {
            return forbidden;
        }

        var started = record.StartCorrection(command.Reason, clock.GetUtcNow());
        if (!started.IsSuccess)
        {
            return started.Error;
        }

        // A correction is a change of the information: PUB-8's clock restarts on the day it begins.
        await drafting.ApplyDeadlineAsync(record, cancellationToken, changedOn: clock.Today());
        return record.Id;
    }
}

internal sealed class WithdrawRecordHandler(IPublicationDb db, ICurrentUser currentUser, PublicDocumentCache cache, TimeProvider clock)
    : ICommandHandler<WithdrawRecordCommand, Guid>
{
    public async Task<Result<Guid>> Handle(WithdrawRecordCommand command, CancellationToken cancellationToken)
    {
        var found = await db.VisibleAsync(currentUser, command.RecordId, command.Version, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var record = found.Value;
        if (currentUser.OwnUnitOnly(record) is { } forbidden)
        {
            return forbidden;
        }

        var withdrawn = record.Withdraw(command.Reason, currentUser.UserId, currentUser.DisplayName(), clock.GetUtcNow());
        if (!withdrawn.IsSuccess)
        {
            return withdrawn.Error;
        }

        db.OnCommitted(() => cache.Evict(record.Id));
        return record.Id;
    }
}
