using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Records;

/// <summary>政府信息（起草或修改）</summary>
/// <param name="Title">标题（必填，不超过 300 字）</param>
/// <param name="DocumentNumber">文号，如“某政办发〔2026〕12号”</param>
/// <param name="FormedOn">成文日期（必填，不能晚于今天）；主动公开时限自此日起算（PUB-8）</param>
/// <param name="SubjectCategory">主题分类，如“城乡建设、环境保护”</param>
/// <param name="FiveDisclosure">五公开分类：Decision 决策，Execution 执行，Management 管理，Service 服务，Result 结果</param>
/// <param name="Kind">文件种类：Ordinary 其他（默认），Rule 规章，NormativeDocument 行政规范性文件</param>
/// <param name="Attribute">公开属性（必填）：PublishInFull 此件公开发布，PublishRedacted 此件删减后公开，OnRequestOnly 此件依申请公开，NotDisclosed 此件不公开</param>
/// <param name="Grounds">不公开（含删减、依申请公开）的法定依据，条例第十四、十五、十六条：StateSecret 国家秘密，ProhibitedByLaw 法律行政法规禁止公开，EndangersSecurity 危及国家安全公共安全经济安全社会稳定，TradeSecret 商业秘密，PersonalPrivacy 个人隐私，ThirdPartyRights 损害第三方合法权益，InternalAffairs 内部事务信息，ProcessInformation 过程性信息，EnforcementCaseFile 行政执法案卷信息。公开属性不是“此件公开发布”时必填</param>
/// <param name="AttributeReason">理由说明（公开属性不是“此件公开发布”时必填，不超过 1000 字）</param>
/// <param name="Body">正文（富文本 HTML；脚本等不安全内容会被清除）</param>
/// <param name="RedactedBody">删减后的正文（“此件删减后公开”时必填，只有它会公开）</param>
/// <param name="CatalogueItemIds">关联的公开目录事项编号（本单位现行目录中的事项，最多 50 个）</param>
/// <param name="ValidFrom">施行日期（规范性文件）</param>
/// <param name="ValidUntil">有效期至（规范性文件）</param>
public sealed record RecordInput(
    string? Title,
    string? DocumentNumber,
    DateOnly? FormedOn,
    string? SubjectCategory,
    FiveDisclosureCategory? FiveDisclosure,
    DocumentKind? Kind,
    DisclosureAttribute? Attribute,
    IReadOnlyList<WithholdingGround>? Grounds,
    string? AttributeReason,
    string? Body,
    string? RedactedBody,
    IReadOnlyList<Guid>? CatalogueItemIds,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil);
