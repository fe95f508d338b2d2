namespace OpenGov.Publication.Application.Attachments;

/// <summary>附件（办理视图）</summary>
/// <param name="Id">附件编号</param>
/// <param name="FileName">文件名</param>
/// <param name="ContentType">文件类型（按内容核验后的类型）</param>
/// <param name="Size">大小（字节）</param>
/// <param name="Sha256">内容的 SHA-256 摘要</param>
/// <param name="MarkedPublic">上传时的公开选择（为空表示按公开属性：此件公开发布默认公开，删减后公开只公开标明公开的删减版）</param>
/// <param name="IsPublicUnderAttribute">按当前公开属性，下次发布时是否公开</param>
/// <param name="UploadedByName">上传人</param>
/// <param name="UploadedAt">上传时间</param>
/// <param name="FirstPublishedRevision">首次随之发布的版本（已发布的附件不能删除）</param>
public sealed record AttachmentDto(
    Guid Id, string FileName, string ContentType, long Size, string Sha256, bool? MarkedPublic, bool IsPublicUnderAttribute, string UploadedByName,
    DateTimeOffset UploadedAt, int? FirstPublishedRevision);

/// <summary>公开的附件</summary>
/// <param name="Id">附件编号</param>
/// <param name="FileName">文件名</param>
/// <param name="ContentType">文件类型</param>
/// <param name="Size">大小（字节）</param>
/// <param name="Url">下载地址</param>
public sealed record PublicAttachmentDto(Guid Id, string FileName, string ContentType, long Size, string Url);

/// <summary>A file to send: the endpoint answers with its type, name and a strong ETag of its hash.</summary>
public sealed record AttachmentFile(string FileName, string ContentType, string Sha256, DateTimeOffset UploadedAt, Stream Content);
