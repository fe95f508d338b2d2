using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Application.Records;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Ingest;

/// <summary>An OA system polls what became of a document it pushed, by its own id.</summary>
[AuthorizeRoles(Roles.ApiClient)]
[RequireClientScope("publication.read")]
public sealed record GetIngestedDocumentQuery(string ExternalId) : IQuery<IngestStatusDto>;

/// <summary>办理状态</summary>
/// <param name="Id">OpenGov 中的编号</param>
/// <param name="ExternalId">OA 系统中的编号</param>
/// <param name="UnitId">发布单位</param>
/// <param name="IndexNumber">索引号</param>
/// <param name="Status">状态：Draft 草稿，InReview 审查中，Approved 审查通过，Published 已发布，Withdrawn 已撤回</param>
/// <param name="StatusName">状态名称</param>
/// <param name="AttributeName">公开属性</param>
/// <param name="PendingStage">待办审查环节</param>
/// <param name="ReturnReason">最近一次审查退回的意见</param>
/// <param name="DueOn">公开时限</param>
/// <param name="OverdueSince">逾期起始日</param>
/// <param name="PublishedAt">首次发布时间</param>
/// <param name="PublishedRevisions">已发布的版本数（更正后递增）</param>
/// <param name="WithdrawnAt">撤回时间</param>
/// <param name="PublicUrl">公开后的公众访问地址</param>
/// <param name="Version">版本号</param>
public sealed record IngestStatusDto(
    Guid Id, string ExternalId, Guid UnitId, string IndexNumber, RecordStatus Status, string StatusName, string AttributeName, ReviewStage? PendingStage,
    string? ReturnReason, DateOnly? DueOn, DateOnly? OverdueSince, DateTimeOffset? PublishedAt, int PublishedRevisions, DateTimeOffset? WithdrawnAt,
    string? PublicUrl, int Version);

internal sealed class GetIngestedDocumentHandler(IPublicationDb db, ICurrentUser currentUser) : IQueryHandler<GetIngestedDocumentQuery, IngestStatusDto>
{
    public async Task<Result<IngestStatusDto>> Handle(GetIngestedDocumentQuery query, CancellationToken cancellationToken)
    {
        var record = await db.Records.AsNoTracking().Include(r => r.ReviewSteps)
            .FirstOrDefaultAsync(r => r.SourceClientId == currentUser.ClientId && r.ExternalId == query.ExternalId, cancellationToken);
        if (record is null)
        {
            return Error.NotFound("publication.not_found", $"没有本系统推送的编号为“{query.ExternalId}”的文件");
        }

        var visible = record.Status == RecordStatus.Published && record.Content.Attribute.IsProactive();
        return new IngestStatusDto(
            record.Id, record.ExternalId!, record.UnitId, record.IndexNumber, record.Status, RecordLabels.Statuses[record.Status],
            DisclosureAttributes.Labels[record.Content.Attribute], record.PendingStage, record.ReturnReason, record.DueOn, record.OverdueSince,
            record.PublishedAt, record.PublishedRevisions, record.WithdrawnAt,
            visible ? $"/api/public/publication/documents/{record.Id}" : null, record.Version);
    }
}
