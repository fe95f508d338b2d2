using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Application.Records;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Attachments;

/// <summary>Staff download of any attachment of a record they may see (another unit's: 404).</summary>
public sealed record GetAttachmentFileQuery(Guid RecordId, Guid AttachmentId) : IQuery<AttachmentFile>;

/// <summary>Public download: only a file the current, not withdrawn revision of a 主动公开 record made public.</summary>
[AllowAnonymousRequest]
public sealed record GetPublicAttachmentFileQuery(Guid RecordId, Guid AttachmentId) : IQuery<AttachmentFile>;

internal sealed class GetAttachmentFileHandler(IPublicationDb db, IAttachmentStore store, ICurrentUser currentUser)
    : IQueryHandler<GetAttachmentFileQuery, AttachmentFile>
{
    public async Task<Result<AttachmentFile>> Handle(GetAttachmentFileQuery query, CancellationToken cancellationToken)
    {
        var unitId = await db.Records.AsNoTracking().Where(r => r.Id == query.RecordId).Select(r => (Guid?)r.UnitId).FirstOrDefaultAsync(cancellationToken);
        if (unitId is null || !currentUser.CanActFor(unitId.Value))
        {
            return RecordAccess.NotFound;
        }

        var attachment = await db.Attachments.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == query.AttachmentId && a.RecordId == query.RecordId && a.RemovedAt == null, cancellationToken);
        return AttachmentFiles.Open(store, attachment);
    }
}

internal sealed class GetPublicAttachmentFileHandler(IPublicationDb db, IAttachmentStore store) : IQueryHandler<GetPublicAttachmentFileQuery, AttachmentFile>
{
    public async Task<Result<AttachmentFile>> Handle(GetPublicAttachmentFileQuery query, CancellationToken cancellationToken)
    {
        var current = await db.PublishedRevisions.AsNoTracking()
            .Where(r => r.RecordId == query.RecordId && r.IsCurrent && r.WithdrawnAt == null)
            .Select(r => r.AttachmentIds).FirstOrDefaultAsync(cancellationToken);
        if (current is null || !current.Contains(query.AttachmentId))
        {
            return GovernmentRecord.AttachmentNotFound;
        }

        var attachment = await db.Attachments.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == query.AttachmentId && a.RecordId == query.RecordId, cancellationToken);
        return AttachmentFiles.Open(store, attachment);
    }
}

internal static class AttachmentFiles
{
    public static Result<AttachmentFile> Open(IAttachmentStore store, RecordAttachment? attachment)
    {
        if (attachment is null)
        {
            return GovernmentRecord.AttachmentNotFound;
        }

        var content = store.OpenRead(attachment.Sha256);
        return content is null
            ? Error.NotFound("publication.attachment_file_missing", "附件文件已丢失，请联系管理员")
            : new AttachmentFile(attachment.FileName, attachment.ContentType, attachment.Sha256, attachment.UploadedAt, content);
    }
}
