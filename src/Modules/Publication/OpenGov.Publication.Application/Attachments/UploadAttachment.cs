using FluentValidation;
using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Application.Records;
using OpenGov.Publication.Domain.Attachments;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Attachments;

/// <summary>Attaches a file to a draft; its type is checked by extension and content, and it is kept once per SHA-256.</summary>
[AuthorizeRoles(Roles.Editor, Roles.UnitAdmin)]
public sealed record UploadAttachmentCommand(Guid RecordId, string? FileName, long Length, Stream? Content, bool? IsPublic) : ICommand<Guid>;

internal sealed class UploadAttachmentValidator : AbstractValidator<UploadAttachmentCommand>
{
    public UploadAttachmentValidator(IOptions<PublicationOptions> options)
    {
        var max = options.Value.Attachments.MaxBytes;
        RuleFor(x => x.Content).NotNull().OverridePropertyName("file").WithErrorCode("publication.file_required").WithMessage("请选择要上传的文件（表单字段 file）");
        RuleFor(x => AttachmentNames.Clean(x.FileName)).NotEmpty().OverridePropertyName("file")
            .WithErrorCode("publication.file_name_required").WithMessage("文件缺少文件名")
            .MaximumLength(RecordAttachment.FileNameMaxLength).WithErrorCode("publication.too_long").WithMessage($"文件名不能超过 {RecordAttachment.FileNameMaxLength} 个字");
        RuleFor(x => x.Length).GreaterThan(0).OverridePropertyName("file").WithErrorCode("publication.attachment_empty").WithMessage("文件是空的")
            .LessThanOrEqualTo(max).WithErrorCode("publication.attachment_too_large").WithMessage(AttachmentNames.TooLarge(max));
    }
}

internal sealed class UploadAttachmentHandler(
    IPublicationDb db, IAttachmentStore store, ICurrentUser currentUser, IOptions<PublicationOptions> options, TimeProvider clock)
    : ICommandHandler<UploadAttachmentCommand, Guid>
{
    public async Task<Result<Guid>> Handle(UploadAttachmentCommand command, CancellationToken cancellationToken)
    {
        var found = await db.VisibleAsync(currentUser, command.RecordId, null, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var record = found.Value;
        if (currentUser.OwnUnitOnly(record) is { } forbidden)
        {
            return forbidden;
        }

        var allowed = record.CanAttach(command.IsPublic);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        var max = options.Value.Attachments.MaxBytes;
        var staged = await store.StageAsync(command.Content!, max, cancellationToken);
        try
        {
            if (staged.TooLarge)
            {
                return Error.Field("publication.attachment_too_large", "file", AttachmentNames.TooLarge(max));
            }

            if (staged.Size == 0)
            {
                return Error.Field("publication.attachment_empty", "file", "文件是空的");
            }

            var fileName = AttachmentNames.Clean(command.FileName);
            var format = AttachmentFormats.Classify(fileName, staged.Head, staged.IsUtf8Text);
            if (!format.IsSuccess)
            {
                return format.Error;
            }

            var attached = record.Attach(
                fileName, format.Value.ContentType, staged.Size, staged.Sha256, command.IsPublic, currentUser.UserId, currentUser.DisplayName(), clock.GetUtcNow());
            if (!attached.IsSuccess)
            {
                return attached.Error;
            }

            // Kept before the row is saved: a failed save leaves an unreferenced file under its hash, which a later
            // upload of the same content reuses; the other order could leave a row without its file.
            store.Keep(staged);
            return attached.Value.Id;
        }
        finally
        {
            store.Discard(staged);
        }
    }
}

internal static class AttachmentNames
{
    /// <summary>The name alone, as browsers and OA systems may send a whole client path, without control characters.</summary>
    public static string Clean(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        return new string([.. name.Where(c => !char.IsControl(c))]).Trim();
    }

    public static string TooLarge(long max) => $"附件不能超过 {max / 1024.0 / 1024.0:0.##} MB";
}
