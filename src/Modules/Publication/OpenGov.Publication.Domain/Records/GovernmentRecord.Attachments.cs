using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Publication.Domain.Records;

public sealed partial class GovernmentRecord
{
    public const int MaxAttachments = 50;

    public static readonly Error AttachmentNotFound = Error.NotFound("publication.attachment_not_found", "附件不存在");

    private readonly List<RecordAttachment> _attachments = [];

    public IReadOnlyList<RecordAttachment> Attachments => _attachments;

    /// <summary>The files a release now would make public; the revision keeps this list, so later drafts do not change it.</summary>
    public IReadOnlyList<Guid> PublicAttachmentIds => [.. _attachments.Where(a => a.IsPublicUnder(Content.Attribute)).Select(a => a.Id)];

    /// <summary>Attaches an already checked and stored file; like the text, attachments change only while the record is a draft.</summary>
    public Result<RecordAttachment> Attach(
        string fileName, string contentType, long size, string sha256, bool? markedPublic, Guid? by, string byName, DateTimeOffset now)
    {
        var allowed = CanAttach(markedPublic);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        var attachment = RecordAttachment.Create(Id, fileName, contentType, size, sha256, markedPublic, by, byName, now);
        _attachments.Add(attachment);
        UpdatedAt = now;
        return attachment;
    }

    /// <summary>Whether a file may be attached now, asked before the upload is read so a refused one costs nothing.</summary>
    public Result CanAttach(bool? markedPublic)
    {
        if (Status != RecordStatus.Draft)
        {
            return Error.Conflict("publication.not_draft", "只有草稿（含更正中的信息）可以添加附件");
        }

        if (markedPublic == true && !Content.Attribute.IsProactive())
        {
            return Error.Field("publication.attachment_not_public", "isPublic",
                $"公开属性为“{DisclosureAttributes.Labels[Content.Attribute]}”的信息，附件不能公开");
        }

        if (_attachments.Count(a => !a.IsRemoved) >= MaxAttachments)
        {
            return Error.Conflict("publication.too_many_attachments", $"每条信息最多 {MaxAttachments} 个附件");
        }

        return Result.Success();
    }

    /// <summary>Drops an attachment of a draft; nothing that was ever published with the record is removed.</summary>
    public Result RemoveAttachment(Guid attachmentId, DateTimeOffset now)
    {
        if (_attachments.FirstOrDefault(a => a.Id == attachmentId && !a.IsRemoved) is not { } attachment)
        {
            return AttachmentNotFound;
        }

        if (Status != RecordStatus.Draft)
        {
            return Error.Conflict("publication.not_draft", "只有草稿可以删除附件");
        }

        if (attachment.FirstPublishedRevision is { } revision)
        {
            return Error.Conflict("publication.attachment_published", $"该附件已随第 {revision} 版发布，不能删除；如需停止公开请更正或撤回");
        }

        attachment.Remove(now);
        UpdatedAt = now;
        return Result.Success();
    }

    private void ReleaseAttachments(int revision)
    {
        foreach (var attachment in _attachments.Where(a => !a.IsRemoved))
        {
            attachment.Released(revision);
        }
    }
}
