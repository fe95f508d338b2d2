using OpenGov.Publication.Application.Attachments;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Records;

/// <summary>审查记录</summary>
/// <param name="Round">第几轮送审</param>
/// <param name="Stage">审查环节</param>
/// <param name="StageName">审查环节名称</param>
/// <param name="Approved">是否通过</param>
/// <param name="ReviewerName">审查人</param>
/// <param name="DecidedAt">审查时间</param>
/// <param name="Opinion">审查意见</param>
public sealed record ReviewStepDto(int Round, ReviewStage Stage, string StageName, bool Approved, string ReviewerName, DateTimeOffset DecidedAt, string? Opinion);

/// <summary>发布登记</summary>
/// <param name="Kind">事由：Published 发布，Corrected 更正后重新发布，Withdrawn 撤回</param>
/// <param name="Revision">发布版本</param>
/// <param name="At">时间</param>
/// <param name="PublisherName">发布人员</param>
/// <param name="Reviewers">审核人（各审查环节）</param>
/// <param name="Channels">发布渠道</param>
/// <param name="ChannelNote">渠道说明（账号名称等）</param>
/// <param name="ContentSha256">发布内容（标题与公开文本）的 SHA-256 摘要</param>
/// <param name="Reason">更正或撤回原因</param>
public sealed record RegistrationDto(
    RegistrationKind Kind, int Revision, DateTimeOffset At, string PublisherName, string Reviewers, IReadOnlyList<PublicationChannel> Channels,
    string? ChannelNote, string ContentSha256, string? Reason);

/// <summary>政府信息（办理视图，含全文和审查、发布记录）</summary>
/// <param name="Id">编号</param>
/// <param name="UnitId">发布单位</param>
/// <param name="IndexNumber">索引号（统一社会信用代码/年份-序号）</param>
/// <param name="Status">状态：Draft 草稿，InReview 审查中，Approved 审查通过，Published 已发布，Withdrawn 已撤回</param>
/// <param name="StatusName">状态名称</param>
/// <param name="AttributeName">公开属性名称，如“此件公开发布”</param>
/// <param name="PendingStage">待办审查环节</param>
/// <param name="ReviewPlan">本轮须经过的审查环节</param>
/// <param name="ReturnReason">最近一次审查退回的意见</param>
/// <param name="CorrectionReason">正在更正时的更正原因</param>
/// <param name="PublishedRevisions">已发布的版本数</param>
/// <param name="DueOn">公开时限（最迟公开日期）</param>
/// <param name="DeadlineBasis">公开时限的计算依据</param>
/// <param name="OverdueSince">逾期起始日（逾期未公开时）</param>
/// <param name="ExternalId">OA 系统中的编号</param>
/// <param name="Version">版本号（修改时原样提交）</param>
/// <param name="Title">标题</param>
/// <param name="DocumentNumber">文号</param>
/// <param name="FormedOn">成文日期</param>
/// <param name="SubjectCategory">主题分类</param>
/// <param name="FiveDisclosure">五公开分类</param>
/// <param name="Kind">文件种类：Ordinary 其他，Rule 规章，NormativeDocument 行政规范性文件</param>
/// <param name="Attribute">公开属性</param>
/// <param name="Grounds">不公开依据（条例第十四、十五、十六条）</param>
/// <param name="AttributeReason">理由说明</param>
/// <param name="Body">正文（删减前的全文，仅本单位可见）</param>
/// <param name="RedactedBody">删减后的正文（公开的文本）</param>
/// <param name="CatalogueItemIds">关联的公开目录事项</param>
/// <param name="ValidFrom">施行日期</param>
/// <param name="ValidUntil">有效期至</param>
/// <param name="PublishedAt">首次发布时间</param>
/// <param name="WithdrawnAt">撤回时间</param>
/// <param name="WithdrawReason">撤回原因</param>
/// <param name="CreatedAt">登记时间</param>
/// <param name="UpdatedAt">最后修改时间</param>
/// <param name="ReviewSteps">审查记录</param>
/// <param name="Registrations">发布登记</param>
/// <param name="NormativeStatus">效力状态（规章、规范性文件）：Valid 现行有效，Amended 已修改，Repealed 已废止，Expired 已失效（有效期届满自动失效）</param>
/// <param name="NormativeStatusName">效力状态名称</param>
/// <param name="NormativeStatusOn">效力状态的生效日期</param>
/// <param name="NormativeStatusNote">修改、废止或失效的说明</param>
/// <param name="ReplacedByRecordId">修改或废止它的文件</param>
/// <param name="DisclosedOnReviewOn">年度审查决定转为主动公开的日期</param>
/// <param name="Attachments">附件</param>
public sealed record RecordDto(
    Guid Id,
    Guid UnitId,
    string IndexNumber,
    string Title,
    string? DocumentNumber,
    DateOnly FormedOn,
    string? SubjectCategory,
    FiveDisclosureCategory? FiveDisclosure,
    DocumentKind Kind,
    DisclosureAttribute Attribute,
    string AttributeName,
    IReadOnlyList<WithholdingGround> Grounds,
    string? AttributeReason,
    string Body,
    string? RedactedBody,
    IReadOnlyList<Guid> CatalogueItemIds,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    RecordStatus Status,
    string StatusName,
    ReviewStage? PendingStage,
    IReadOnlyList<ReviewStage> ReviewPlan,
    string? ReturnReason,
    string? CorrectionReason,
    int PublishedRevisions,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawReason,
    DateOnly? DueOn,
    string? DeadlineBasis,
    DateOnly? OverdueSince,
    string? ExternalId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    IReadOnlyList<ReviewStepDto> ReviewSteps,
    IReadOnlyList<RegistrationDto> Registrations,
    NormativeStatus? NormativeStatus,
    string? NormativeStatusName,
    DateOnly? NormativeStatusOn,
    string? NormativeStatusNote,
    Guid? ReplacedByRecordId,
    DateOnly? DisclosedOnReviewOn,
    IReadOnlyList<AttachmentDto> Attachments);

/// <summary>政府信息（列表）</summary>
public sealed record RecordSummaryDto(
    Guid Id,
    Guid UnitId,
    string IndexNumber,
    string Title,
    string? DocumentNumber,
    DateOnly FormedOn,
    DocumentKind Kind,
    DisclosureAttribute Attribute,
    RecordStatus Status,
    DateOnly? DueOn,
    DateOnly? OverdueSince,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    int Version);

internal static class RecordDtoMapping
{
    public static RecordDto ToDto(this GovernmentRecord r, DateOnly today)
    {
        var (normative, normativeOn) = r.Content.Kind.IsNormative()
            ? NormativeStatuses.Effective(r.NormativeStatus, r.NormativeStatusOn, r.Content.ValidUntil, today)
            : ((NormativeStatus?)null, (DateOnly?)null);
        return r.ToDto(normative, normativeOn);
    }

    private static RecordDto ToDto(this GovernmentRecord r, NormativeStatus? normative, DateOnly? normativeOn) => new(
        r.Id, r.UnitId, r.IndexNumber, r.Content.Title, r.Content.DocumentNumber, r.Content.FormedOn, r.Content.SubjectCategory,
        r.Content.FiveDisclosure, r.Content.Kind, r.Content.Attribute, DisclosureAttributes.Labels[r.Content.Attribute], r.Content.Grounds,
        r.Content.AttributeReason, r.Content.Body, r.Content.RedactedBody, r.Content.CatalogueItemIds, r.Content.ValidFrom, r.Content.ValidUntil,
        r.Status, RecordLabels.Statuses[r.Status], r.PendingStage, r.ReviewPlan, r.ReturnReason, r.CorrectionReason, r.PublishedRevisions,
        r.PublishedAt, r.WithdrawnAt, r.WithdrawReason, r.DueOn, r.DeadlineBasis, r.OverdueSince, r.ExternalId, r.CreatedAt, r.UpdatedAt, r.Version,
        [.. r.ReviewSteps.OrderBy(s => s.Round).ThenBy(s => s.DecidedAt).ThenBy(s => r.ReviewPlan.ToList().IndexOf(s.Stage)).Select(s => new ReviewStepDto(
            s.Round, s.Stage, RecordLabels.Stages[s.Stage], s.Approved, s.ReviewerName, s.DecidedAt, s.Opinion))],
        [.. r.Registrations.OrderBy(g => g.At).ThenBy(g => g.Revision).ThenBy(g => g.Kind).Select(g => new RegistrationDto(
            g.Kind, g.Revision, g.At, g.PublisherName, g.Reviewers, g.Channels, g.ChannelNote, g.ContentSha256, g.Reason))],
        normative, normative is { } n ? NormativeStatuses.Labels[n] : null, normativeOn,
        normative is null ? null : r.NormativeStatusNote, normative is null ? null : r.ReplacedByRecordId, r.DisclosedOnReviewOn,
        [.. r.Attachments.Where(a => !a.IsRemoved).OrderBy(a => a.UploadedAt).Select(a => new AttachmentDto(
            a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.MarkedPublic, a.IsPublicUnder(r.Content.Attribute), a.UploadedByName,
            a.UploadedAt, a.FirstPublishedRevision))]);
}
