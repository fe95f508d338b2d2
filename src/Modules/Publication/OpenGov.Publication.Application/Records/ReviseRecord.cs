using FluentValidation;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;

namespace OpenGov.Publication.Application.Records;

/// <summary>Replaces a draft's content (also a returned or a corrected record); the 索引号 stays.</summary>
[AuthorizeRoles(Roles.Editor, Roles.UnitAdmin)]
public sealed record ReviseRecordCommand(Guid RecordId, RecordInput? Input, int? Version) : ICommand<Guid>;

internal sealed class ReviseRecordValidator : AbstractValidator<ReviseRecordCommand>
{
    public ReviseRecordValidator(TimeProvider clock)
    {
        this.RuleForFlattened(x => x.Input, new RecordInputValidator(clock));
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed class ReviseRecordHandler(IPublicationDb db, RecordDrafting drafting, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ReviseRecordCommand, Guid>
{
    public async Task<Result<Guid>> Handle(ReviseRecordCommand command, CancellationToken cancellationToken)
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

        var content = await drafting.ContentAsync(record.UnitId, command.Input!, cancellationToken);
        if (!content.IsSuccess)
        {
            return content.Error;
        }

        var revised = record.Revise(content.Value, clock.GetUtcNow());
        if (!revised.IsSuccess)
        {
            return revised.Error;
        }

        await drafting.ApplyDeadlineAsync(record, cancellationToken);
        return record.Id;
    }
}
