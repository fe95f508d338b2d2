using OpenGov.Publication.Application.Records;
using OpenGov.Publication.Domain.AnnualReviews;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Infrastructure.Endpoints;

/// <summary>政府信息的各字段（与起草时相同）</summary>
public class RecordFieldsRequest
{
    /// <summary>标题（必填，不超过 300 字）</summary>
    public string? Title { get; init; }

    /// <summary>文号</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>成文日期（必填）</summary>
    public DateOnly? FormedOn { get; init; }

    /// <summary>主题分类</summary>
    public string? SubjectCategory { get; init; }

    /// <summary>五公开分类</summary>
    public FiveDisclosureCategory? FiveDisclosure { get; init; }

    /// <summary>文件种类：Ordinary 其他（默认），Rule 规章，NormativeDocument 行政规范性文件</summary>
    public DocumentKind? Kind { get; init; }

    /// <summary>公开属性（必填）：PublishInFull 此件公开发布，PublishRedacted 此件删减后公开，OnRequestOnly 此件依申请公开，NotDisclosed 此件不公开</summary>
    public DisclosureAttribute? Attribute { get; init; }

    /// <summary>不公开依据（条例第十四、十五、十六条；公开属性不是“此件公开发布”时必填）</summary>
    public IReadOnlyList<WithholdingGround>? Grounds { get; init; }

    /// <summary>理由说明（公开属性不是“此件公开发布”时必填）</summary>
    public string? AttributeReason { get; init; }

    /// <summary>正文（HTML）</summary>
    public string? Body { get; init; }

    /// <summary>删减后的正文（“此件删减后公开”时必填）</summary>
    public string? RedactedBody { get; init; }

    /// <summary>关联的公开目录事项编号</summary>
    public IReadOnlyList<Guid>? CatalogueItemIds { get; init; }

    /// <summary>施行日期（规范性文件）</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>有效期至（规范性文件）</summary>
    public DateOnly? ValidUntil { get; init; }

    public RecordInput ToInput() => new(
        Title, DocumentNumber, FormedOn, SubjectCategory, FiveDisclosure, Kind, Attribute, Grounds, AttributeReason, Body, RedactedBody,
        CatalogueItemIds, ValidFrom, ValidUntil);
}

/// <summary>修改政府信息（草稿、被退回或更正中）</summary>
public sealed class ReviseRecordRequest : RecordFieldsRequest
{
    /// <summary>读取时的版本号</summary>
    public int? Version { get; init; }
}

/// <summary>OA 系统推送的文件</summary>
public sealed class IngestDocumentRequest : RecordFieldsRequest
{
    /// <summary>OA 系统中的文件编号（必填；重复推送以此识别，同一编号内容不同返回 409）</summary>
    public string? ExternalId { get; init; }

    /// <summary>发布单位（必填，须为本接入系统所属单位）</summary>
    public Guid? UnitId { get; init; }

    /// <summary>推送后直接送审（默认否，停留在草稿）</summary>
    public bool SubmitForReview { get; init; }
}

/// <summary>OA 系统修改推送的文件</summary>
public sealed class ReviseDocumentRequest : RecordFieldsRequest
{
    /// <summary>修改后直接送审（默认否）</summary>
    public bool SubmitForReview { get; init; }
}

/// <summary>办理（送审）</summary>
/// <param name="Version">读取时的版本号</param>
public sealed record RecordActionRequest(int? Version);

/// <summary>审查决定</summary>
/// <param name="Stage">审查环节：Confidentiality 保密审查，First 初审，Second 复审，Final 终审（须为当前待办环节）</param>
/// <param name="Approve">true 通过，false 退回</param>
/// <param name="Opinion">审查意见（退回时必填）</param>
/// <param name="Version">读取时的版本号</param>
public sealed record ReviewDecisionRequest(ReviewStage? Stage, bool? Approve, string? Opinion, int? Version);

/// <summary>发布</summary>
/// <param name="Channels">发布渠道（至少一个）：Portal 政府网站，NewMedia 政务新媒体，Gazette 政府公报，NoticeBoard 公开栏，PressConference 新闻发布会，Media 报刊广播电视，ReadingPoint 查阅点，Other 其他</param>
/// <param name="ChannelNote">渠道说明：政务新媒体账号名称、其他渠道名称等</param>
/// <param name="Version">读取时的版本号</param>
public sealed record PublishRequest(IReadOnlyList<PublicationChannel>? Channels, string? ChannelNote, int? Version);

/// <summary>更正或撤回</summary>
/// <param name="Reason">原因（必填）</param>
/// <param name="Version">读取时的版本号</param>
public sealed record ReasonRequest(string? Reason, int? Version);

/// <summary>标注规范性文件的效力状态</summary>
/// <param name="Status">效力状态：Amended 已修改，Repealed 已废止，Expired 已失效</param>
/// <param name="EffectiveOn">修改、废止或失效的生效日期（不晚于今天，不早于成文日期）</param>
/// <param name="Note">说明（必填），如“被某政发〔2026〕5号修改第三条”</param>
/// <param name="ReplacedByRecordId">修改或废止它的文件（本单位的另一条政府信息；失效时不填）</param>
/// <param name="Version">读取时的版本号</param>
public sealed record NormativeStatusRequest(NormativeStatus? Status, DateOnly? EffectiveOn, string? Note, Guid? ReplacedByRecordId, int? Version);

/// <summary>开启年度审查</summary>
/// <param name="Year">审查年度（不晚于今年）</param>
public sealed record OpenAnnualReviewRequest(int? Year);

/// <summary>年度审查决定</summary>
/// <param name="Decision">决定：Keep 维持不公开，Disclose 转为主动公开（公开属性改为“此件公开发布”，回到草稿重新审查后发布）</param>
/// <param name="Reason">理由（必填）</param>
/// <param name="Version">年度审查读取时的版本号</param>
public sealed record AnnualReviewDecisionRequest(ReviewDecision? Decision, string? Reason, int? Version);
