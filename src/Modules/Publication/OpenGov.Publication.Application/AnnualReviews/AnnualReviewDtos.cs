using OpenGov.Publication.Domain.AnnualReviews;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.AnnualReviews;

/// <summary>年度审查条目</summary>
/// <param name="Id">条目编号</param>
/// <param name="RecordId">政府信息编号</param>
/// <param name="IndexNumber">索引号</param>
/// <param name="Title">标题</param>
/// <param name="DocumentNumber">文号</param>
/// <param name="FormedOn">成文日期</param>
/// <param name="Attribute">原公开属性：OnRequestOnly 此件依申请公开，NotDisclosed 此件不公开（决定后为决定前的属性）</param>
/// <param name="AttributeName">原公开属性名称</param>
/// <param name="Grounds">原不公开依据</param>
/// <param name="AttributeReason">原理由说明</param>
/// <param name="Decision">决定：Keep 维持不公开，Disclose 转为主动公开；为空表示尚未决定</param>
/// <param name="DecisionReason">决定理由</param>
/// <param name="DecidedAt">决定时间</param>
/// <param name="DecidedByName">决定人</param>
public sealed record AnnualReviewEntryDto(
    Guid Id, Guid RecordId, string IndexNumber, string Title, string? DocumentNumber, DateOnly FormedOn, DisclosureAttribute Attribute, string AttributeName,
    IReadOnlyList<WithholdingGround> Grounds, string? AttributeReason, ReviewDecision? Decision, string? DecisionReason, DateTimeOffset? DecidedAt,
    string? DecidedByName);

/// <summary>年度审查（条例第十八条：定期对不予公开的政府信息进行评估审查）</summary>
/// <param name="Id">编号</param>
/// <param name="UnitId">单位</param>
/// <param name="Year">审查年度</param>
/// <param name="OpenedAt">开启时间</param>
/// <param name="OpenedByName">开启人</param>
/// <param name="CompletedAt">完成时间</param>
/// <param name="CompletedByName">完成人</param>
/// <param name="Total">条目数</param>
/// <param name="Pending">尚未决定的条目数</param>
/// <param name="Disclosed">决定转为主动公开的条目数</param>
/// <param name="Kept">决定维持不公开的条目数</param>
/// <param name="Version">版本号（决定、完成时原样提交）</param>
/// <param name="Entries">条目</param>
public sealed record AnnualReviewDto(
    Guid Id, Guid UnitId, int Year, DateTimeOffset OpenedAt, string OpenedByName, DateTimeOffset? CompletedAt, string? CompletedByName, int Total,
    int Pending, int Disclosed, int Kept, int Version, IReadOnlyList<AnnualReviewEntryDto> Entries);

/// <summary>年度审查进度</summary>
public enum AnnualReviewState
{
    /// <summary>未开启</summary>
    NotStarted = 1,

    /// <summary>进行中</summary>
    InProgress = 2,

    /// <summary>已完成</summary>
    Completed = 3,
}

/// <summary>单位的年度审查进度</summary>
/// <param name="UnitId">单位</param>
/// <param name="UnitName">单位名称</param>
/// <param name="Year">审查年度</param>
/// <param name="ReviewId">年度审查编号（未开启时为空）</param>
/// <param name="State">进度：NotStarted 未开启，InProgress 进行中，Completed 已完成</param>
/// <param name="Total">条目数</param>
/// <param name="Pending">尚未决定的条目数</param>
/// <param name="Disclosed">决定转为主动公开的条目数</param>
/// <param name="Kept">决定维持不公开的条目数</param>
/// <param name="OpenedAt">开启时间</param>
/// <param name="CompletedAt">完成时间</param>
public sealed record AnnualReviewProgressDto(
    Guid UnitId, string? UnitName, int Year, Guid? ReviewId, AnnualReviewState State, int Total, int Pending, int Disclosed, int Kept,
    DateTimeOffset? OpenedAt, DateTimeOffset? CompletedAt);

internal static class AnnualReviewMapping
{
    public static AnnualReviewDto ToDto(this AnnualReview r) => new(
        r.Id, r.UnitId, r.Year, r.OpenedAt, r.OpenedByName, r.CompletedAt, r.CompletedByName, r.Entries.Count, r.PendingCount,
        r.Entries.Count(e => e.Decision == ReviewDecision.Disclose), r.Entries.Count(e => e.Decision == ReviewDecision.Keep), r.Version,
        [.. r.Entries.OrderBy(e => e.FormedOn).ThenBy(e => e.IndexNumber).Select(e => new AnnualReviewEntryDto(
            e.Id, e.RecordId, e.IndexNumber, e.Title, e.DocumentNumber, e.FormedOn, e.Attribute, DisclosureAttributes.Labels[e.Attribute], e.Grounds,
            e.AttributeReason, e.Decision, e.DecisionReason, e.DecidedAt, e.DecidedByName))]);
}
