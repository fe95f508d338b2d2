using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Application.Public;
using OpenGov.Publication.Application.Records;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Normative;

/// <summary>立、改、废 (PUB-12(e)(g)): the unit marks its published 规章 or 规范性文件 amended, repealed or expired.</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Leader)]
public sealed record ChangeNormativeStatusCommand(
    Guid RecordId, NormativeStatus? Status, DateOnly? EffectiveOn, string? Note, Guid? ReplacedByRecordId, int? Version) : ICommand<Guid>;

internal sealed class ChangeNormativeStatusValidator : AbstractValidator<ChangeNormativeStatusCommand>
{
    public ChangeNormativeStatusValidator()
    {
        RuleFor(x => x.Status).NotNull().WithErrorCode("publication.normative_status_required").WithMessage("请选择效力状态：Amended 修改、Repealed 废止或 Expired 失效")
            .IsInEnum().WithErrorCode("publication.choice_unknown").WithMessage("效力状态不在可选范围内")
            .NotEqual(NormativeStatus.Valid).WithErrorCode("publication.normative_status_invalid").WithMessage("请选择 Amended 修改、Repealed 废止或 Expired 失效");
        RuleFor(x => x.EffectiveOn).NotNull().WithErrorCode("publication.effective_on_required").WithMessage("请填写修改、废止或失效的生效日期");
        RuleFor(x => x.Note).NotEmpty().WithErrorCode("publication.note_required").WithMessage("请写明修改、废止或失效的说明")
            .MaximumLength(GovernmentRecord.ReasonMaxLength).WithErrorCode("publication.too_long").WithMessage($"说明不能超过 {GovernmentRecord.ReasonMaxLength} 个字");
        RuleFor(x => x.ReplacedByRecordId).Null().When(x => x.Status == NormativeStatus.Expired)
            .WithErrorCode("publication.replaced_by_not_applicable").WithMessage("失效的文件不填写修改或废止它的文件");
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed class ChangeNormativeStatusHandler(IPublicationDb db, ICurrentUser currentUser, PublicDocumentCache cache, TimeProvider clock)
    : ICommandHandler<ChangeNormativeStatusCommand, Guid>
{
    public async Task<Result<Guid>> Handle(ChangeNormativeStatusCommand command, CancellationToken cancellationToken)
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

        GovernmentRecord? replacedBy = null;
        if (command.ReplacedByRecordId is { } replacedById)
        {
            // Another unit's record does not exist for this unit: the same answer as an unknown id.
            replacedBy = await db.Records.FirstOrDefaultAsync(r => r.Id == replacedById && r.UnitId == record.UnitId, cancellationToken);
            if (replacedBy is null)
            {
                return Error.Field("publication.replaced_by_unknown", "replacedByRecordId", "修改或废止它的文件须为本单位的另一条政府信息");
            }
        }

        var changed = record.ChangeNormativeStatus(
            command.Status!.Value, command.EffectiveOn!.Value, command.Note, replacedBy, clock.Today(), clock.GetUtcNow());
        if (!changed.IsSuccess)
        {
            return changed.Error;
        }

        db.OnCommitted(() => cache.Evict(record.Id));
        return record.Id;
    }
}
