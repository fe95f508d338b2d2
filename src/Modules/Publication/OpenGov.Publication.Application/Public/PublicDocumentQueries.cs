using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Application.Attachments;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Public;

/// <summary>
/// The public 政府信息公开平台 (PUB-9): only current, not withdrawn revisions, which exist only for 主动公开 records
/// and hold only their public text.
/// </summary>
[AllowAnonymousRequest]
public sealed record SearchPublicDocumentsQuery(
    string? Q, Guid? UnitId, int? Year, string? SubjectCategory, FiveDisclosureCategory? FiveDisclosure, DocumentKind? Kind, Guid? CatalogueItemId,
    int? Page, int? PageSize) : IQuery<PublicSearchPage>;

[AllowAnonymousRequest]
public sealed record GetPublicDocumentQuery(Guid RecordId) : IQuery<PublicDocumentDto>;

/// <summary>公开的政府信息（列表）</summary>
/// <param name="Id">编号</param>
/// <param name="IndexNumber">索引号</param>
/// <param name="Title">标题</param>
/// <param name="DocumentNumber">文号</param>
/// <param name="UnitId">发布机构</param>
/// <param name="FormedOn">成文日期</param>
/// <param name="PublishedAt">发布时间</param>
/// <param name="SubjectCategory">主题分类</param>
/// <param name="Kind">文件种类</param>
/// <param name="Revision">版本（更正后递增）</param>
public sealed record PublicDocumentSummaryDto(
    Guid Id, string IndexNumber, string Title, string? DocumentNumber, Guid UnitId, DateOnly FormedOn, DateTimeOffset PublishedAt,
    string? SubjectCategory, DocumentKind Kind, int Revision);

/// <summary>检索结果（一页）</summary>
/// <param name="Items">本页结果，按发布时间从新到旧</param>
/// <param name="Total">结果总数；超过 500 条时为 500，并且 TotalIsLowerBound 为 true</param>
/// <param name="TotalIsLowerBound">结果多于 500 条（界面可显示“500 条以上”）</param>
/// <param name="Page">页码</param>
/// <param name="PageSize">每页条数</param>
public sealed record PublicSearchPage(IReadOnlyList<PublicDocumentSummaryDto> Items, int Total, bool TotalIsLowerBound, int Page, int PageSize)
{
    public const int CountLimit = 500;
}

/// <summary>更正记录</summary>
/// <param name="Revision">版本</param>
/// <param name="PublishedAt">发布时间</param>
/// <param name="CorrectionReason">更正原因（首次发布为空）</param>
public sealed record PublicRevisionDto(int Revision, DateTimeOffset PublishedAt, string? CorrectionReason);

/// <summary>公开的政府信息（详情）</summary>
/// <param name="Body">正文（删减后公开的信息为删减后的文本）</param>
/// <param name="History">发布及更正记录</param>
/// <param name="Id">编号</param>
/// <param name="IndexNumber">索引号</param>
/// <param name="Title">标题</param>
/// <param name="DocumentNumber">文号</param>
/// <param name="UnitId">发布机构</param>
/// <param name="FormedOn">成文日期</param>
/// <param name="PublishedAt">首次发布时间</param>
/// <param name="SubjectCategory">主题分类</param>
/// <param name="FiveDisclosure">五公开分类</param>
/// <param name="Kind">文件种类：Ordinary 其他，Rule 规章，NormativeDocument 行政规范性文件</param>
/// <param name="Revision">版本（更正后递增）</param>
/// <param name="CatalogueItemIds">关联的公开目录事项</param>
/// <param name="Attachments">附件（只含公开的附件；删减后公开的信息只有删减版附件）</param>
/// <param name="ValidFrom">施行日期（规章、规范性文件）</param>
/// <param name="ValidUntil">有效期至（规章、规范性文件）</param>
/// <param name="NormativeStatus">效力状态（规章、规范性文件）：Valid 现行有效，Amended 已修改，Repealed 已废止，Expired 已失效</param>
/// <param name="NormativeStatusName">效力状态名称，如“已废止”，标注在原文上（PUB-12(g)）</param>
/// <param name="NormativeStatusOn">修改、废止或失效之日</param>
/// <param name="NormativeStatusNote">修改、废止或失效的说明</param>
/// <param name="ReplacedByRecordId">修改或废止它的文件</param>
public sealed record PublicDocumentDto(
    Guid Id, string IndexNumber, string Title, string? DocumentNumber, Guid UnitId, DateOnly FormedOn, DateTimeOffset PublishedAt, string? SubjectCategory,
    FiveDisclosureCategory? FiveDisclosure, DocumentKind Kind, int Revision, string Body, IReadOnlyList<Guid> CatalogueItemIds,
    IReadOnlyList<PublicRevisionDto> History, IReadOnlyList<PublicAttachmentDto> Attachments, DateOnly? ValidFrom, DateOnly? ValidUntil,
    NormativeStatus? NormativeStatus, string? NormativeStatusName, DateOnly? NormativeStatusOn, string? NormativeStatusNote, Guid? ReplacedByRecordId);

internal sealed class SearchPublicDocumentsValidator : AbstractValidator<SearchPublicDocumentsQuery>
{
    public SearchPublicDocumentsValidator()
    {
        RuleFor(x => x.Q).MaximumLength(100).WithErrorCode("publication.too_long").WithMessage("检索词不能超过 100 个字");
        RuleFor(x => x.Year).InclusiveBetween(1949, 9999).WithErrorCode("publication.year_invalid").WithMessage("年份无效");
    }
}

internal sealed class GetPublicDocumentHandler(IPublicationDb db, PublicDocumentCache cache, TimeProvider clock)
    : IQueryHandler<GetPublicDocumentQuery, PublicDocumentDto>
{
    public async Task<Result<PublicDocumentDto>> Handle(GetPublicDocumentQuery query, CancellationToken cancellationToken)
    {
        if (await cache.DetailAsync(query.RecordId, () => LoadAsync(query.RecordId, cancellationToken)) is not { } found)
        {
            return Error.NotFound("publication.not_found", "政府信息不存在或未公开");
        }

        if (found.DeclaredStatus is not { } declared)
        {
            return found.Document;
        }

        var (normative, normativeOn) = NormativeStatuses.Effective(declared, found.DeclaredStatusOn, found.Document.ValidUntil, clock.Today());
        return found.Document with { NormativeStatus = normative, NormativeStatusName = NormativeStatuses.Labels[normative], NormativeStatusOn = normativeOn };
    }

    private async Task<CachedPublicDocument?> LoadAsync(Guid recordId, CancellationToken cancellationToken)
    {
        var revisions = await db.PublishedRevisions.AsNoTracking()
            .Where(r => r.RecordId == recordId && r.WithdrawnAt == null)
            .OrderBy(r => r.Revision).ToListAsync(cancellationToken);
        if (revisions.LastOrDefault() is not { IsCurrent: true } r)
        {
            return null;
        }

        var ids = r.AttachmentIds;
        var attachments = ids.Count == 0 ? [] : await db.Attachments.AsNoTracking()
            .Where(a => a.RecordId == r.RecordId && ids.Contains(a.Id))
            .OrderBy(a => a.UploadedAt)
            .Select(a => new PublicAttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, ""))
            .ToListAsync(cancellationToken);
        var document = new PublicDocumentDto(
            r.RecordId, r.IndexNumber, r.Title, r.DocumentNumber, r.UnitId, r.FormedOn, r.PublishedAt, r.SubjectCategory, r.FiveDisclosure, r.Kind,
            r.Revision, r.Body, r.CatalogueItemIds,
            [.. revisions.Select(v => new PublicRevisionDto(v.Revision, v.PublishedAt, v.CorrectionReason))],
            [.. attachments.Select(a => a with { Url = $"/api/public/publication/documents/{r.RecordId}/attachments/{a.Id}" })],
            r.ValidFrom, r.ValidUntil, null, null, null, r.NormativeStatusNote, r.ReplacedByRecordId);
        return new CachedPublicDocument(document, r.NormativeStatus, r.NormativeStatusOn);
    }
}
