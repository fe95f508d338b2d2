using FluentValidation;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Application.Records;

namespace OpenGov.Publication.Application.Attachments;

/// <summary>Drops an attachment from a draft; one that was ever published stays (nothing released is deleted).</summary>
[AuthorizeRoles(Roles.Editor, Roles.UnitAdmin)]
public sealed record RemoveAttachmentCommand(Guid RecordId, Guid AttachmentId, int? Version) : ICommand<Guid>;

internal sealed class RemoveAttachmentValidator : AbstractValidator<RemoveAttachmentCommand>
{
    public RemoveAttachmentValidator() =>
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
}

internal sealed class RemoveAttachmentHandler(IPublicationDb db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<RemoveAttachmentCommand, Guid>
{
    public async Task<Result<Guid>> Handle(RemoveAttachmentCommand command, CancellationToken cancellationToken)
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

        var removed = record.RemoveAttachment(command.AttachmentId, clock.GetUtcNow());
        return removed.IsSuccess ? record.Id : removed.Error;
    }
}
