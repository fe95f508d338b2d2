using OpenGov.Catalogue.Contracts;
using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>一个单位一个领域的一个目录版本</summary>
/// <param name="Id">目录版本编号</param>
/// <param name="UnitId">单位编号</param>
/// <param name="DomainCode">领域代码</param>
/// <param name="Edition">目录版本号（第几版，从 1 开始）</param>
/// <param name="Status">状态：Draft 草稿，Submitted 已报送待审核，Returned 已退回，Approved 审核通过待发布，Published 已发布（现行），Superseded 已被新版本替代</param>
/// <param name="ChangeReason">调整原因（第 2 版起必填）</param>
/// <param name="ReturnReason">县政府办公室退回的理由</param>
/// <param name="CreatedAt">创建时间</param>
/// <param name="UpdatedAt">最后修改时间</param>
/// <param name="SubmittedAt">报送时间</param>
/// <param name="ReviewedAt">审核（通过或退回）时间</param>
/// <param name="PublishedAt">发布时间</param>
/// <param name="SupersededAt">被新版本替代的时间</param>
/// <param name="Version">版本号（并发控制），修改或办理时原样提交</param>
/// <param name="UnparsedDeadlines">公开时限无法解析、需人工修正的事项数</param>
/// <param name="Items">事项，按序号排列</param>
public sealed record CatalogueDto(
    Guid Id, Guid UnitId, string DomainCode, int Edition, CatalogueStatus Status, string? ChangeReason, string? ReturnReason,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? ReviewedAt, DateTimeOffset? PublishedAt,
    DateTimeOffset? SupersededAt, int Version, int UnparsedDeadlines, IReadOnlyList<CatalogueItemDto> Items);

/// <summary>目录事项</summary>
/// <param name="ItemId">事项编号（跨版本不变）</param>
/// <param name="Sequence">序号</param>
/// <param name="FirstLevel">一级事项</param>
/// <param name="SecondLevel">二级事项</param>
/// <param name="Content">公开内容（要素）</param>
/// <param name="Basis">公开依据</param>
/// <param name="Deadline">公开时限：原文及解析出的规则</param>
/// <param name="Subject">公开主体</param>
/// <param name="Channels">公开渠道和载体</param>
/// <param name="OtherChannel">“其他”渠道的名称</param>
/// <param name="Audiences">公开对象</param>
/// <param name="SpecificGroup">特定群体名称</param>
/// <param name="Methods">公开方式</param>
/// <param name="Levels">公开层级</param>
public sealed record CatalogueItemDto(
    Guid ItemId, int Sequence, string FirstLevel, string SecondLevel, string Content, string Basis, CatalogueDeadline Deadline, string Subject,
    IReadOnlyList<DisclosureChannel> Channels, string? OtherChannel, IReadOnlyList<DisclosureAudience> Audiences, string? SpecificGroup,
    IReadOnlyList<DisclosureMethod> Methods, IReadOnlyList<DisclosureLevel> Levels);

/// <summary>目录版本概要（列表和调整记录用）</summary>
/// <param name="Id">目录版本编号</param>
/// <param name="UnitId">单位编号</param>
/// <param name="DomainCode">领域代码</param>
/// <param name="Edition">目录版本号</param>
/// <param name="Status">状态</param>
/// <param name="ChangeReason">调整原因</param>
/// <param name="ItemCount">事项数</param>
/// <param name="SubmittedAt">报送时间</param>
/// <param name="PublishedAt">发布时间</param>
/// <param name="SupersededAt">被替代时间</param>
/// <param name="Version">版本号（并发控制）</param>
public sealed record CatalogueSummaryDto(
    Guid Id, Guid UnitId, string DomainCode, int Edition, CatalogueStatus Status, string? ChangeReason, int ItemCount,
    DateTimeOffset? SubmittedAt, DateTimeOffset? PublishedAt, DateTimeOffset? SupersededAt, int Version);
