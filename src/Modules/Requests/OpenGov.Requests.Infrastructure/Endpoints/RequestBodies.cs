using OpenGov.Requests.Application.Intake;
using OpenGov.Requests.Application.Outcomes;
using OpenGov.Requests.Domain.Remedies;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Infrastructure.Endpoints;

/// <param name="Channel">申请渠道：InPerson 当面、RegisteredPost 邮寄签收、OrdinaryLetter 平常信函、Fax 传真、Email 电子邮件、Online 网上、Other 其他</param>
/// <param name="ArrivedOn">当面提交、签收或到达的日期</param>
/// <param name="ConfirmedOn">与申请人确认的日期（平常信函、传真、电子邮件、其他渠道必填）</param>
/// <param name="Applicant">申请人</param>
/// <param name="InformationDescription">所需政府信息的名称、文号或者便于查询的其他特征性描述</param>
/// <param name="DeliveryForm">提供形式：Paper 纸质、Email 电子邮件、DataMedium 光盘/U盘、OnSiteReading 当场阅览抄录、Online 网上获取</param>
/// <param name="DeliveryNote">获取方式说明（邮寄、自行领取等）</param>
public sealed record RegisterRequestBody(
    IntakeChannel? Channel, DateOnly? ArrivedOn, DateOnly? ConfirmedOn, ApplicantInput? Applicant, string? InformationDescription,
    DeliveryForm? DeliveryForm, string? DeliveryNote);

/// <param name="UnitId">受理机关（单位编号）</param>
/// <param name="Applicant">申请人</param>
/// <param name="InformationDescription">所需政府信息的名称、文号或者便于查询的其他特征性描述</param>
/// <param name="DeliveryForm">提供形式</param>
/// <param name="DeliveryNote">获取方式说明</param>
public sealed record SubmitRequestBody(Guid? UnitId, ApplicantInput? Applicant, string? InformationDescription, DeliveryForm? DeliveryForm, string? DeliveryNote);

/// <param name="Version">读取时的版本号</param>
public sealed record VersionBody(int? Version);

/// <param name="NoticeOn">补正告知日期</param>
/// <param name="Points">需补正的全部事项</param>
/// <param name="DueOn">补正期限（不填按设置的工作日数计算）</param>
/// <param name="Version">版本号</param>
public sealed record CorrectionBody(DateOnly? NoticeOn, string? Points, DateOnly? DueOn, int? Version);

/// <param name="ReceivedOn">收到补正后申请的日期</param>
/// <param name="Note">说明</param>
/// <param name="Version">版本号</param>
public sealed record CorrectionReceivedBody(DateOnly? ReceivedOn, string? Note, int? Version);

/// <param name="Party">ThirdParty 第三方或 CoAuthorOrgan 共同制作机关</param>
/// <param name="PartyName">名称</param>
/// <param name="SentOn">发函日期</param>
/// <param name="Version">版本号</param>
public sealed record ConsultationBody(ConsultedParty? Party, string? PartyName, DateOnly? SentOn, int? Version);

/// <param name="DeliveredOn">送达被征求方的日期</param>
/// <param name="Version">版本号</param>
public sealed record ConsultationDeliveryBody(DateOnly? DeliveredOn, int? Version);

/// <param name="Opinion">Consents 同意、Objects 不同意、NoReply 逾期未答复</param>
/// <param name="RepliedOn">收到答复的日期（逾期未答复不填）</param>
/// <param name="Note">说明</param>
/// <param name="Version">版本号</param>
public sealed record ConsultationAnswerBody(ConsultationOpinion? Opinion, DateOnly? RepliedOn, string? Note, int? Version);

/// <param name="WorkingDays">延长的工作日数（不超过 20）</param>
/// <param name="Reason">延期理由</param>
/// <param name="ApprovedBy">批准人（政府信息公开工作机构负责人）</param>
/// <param name="ApprovedOn">批准日期</param>
/// <param name="Version">版本号</param>
public sealed record ExtensionBody(int? WorkingDays, string? Reason, string? ApprovedBy, DateOnly? ApprovedOn, int? Version);

/// <param name="Mode">PerApplication 按件或 PerPage 按量</param>
/// <param name="Pages">按量计收的页数</param>
/// <param name="NoticeOn">收费通知日期</param>
/// <param name="Version">版本号</param>
public sealed record FeeNoticeBody(FeeMode? Mode, int? Pages, DateOnly? NoticeOn, int? Version);

/// <param name="PaidOn">缴费日期</param>
/// <param name="Version">版本号</param>
public sealed record FeePaidBody(DateOnly? PaidOn, int? Version);

/// <param name="Outcome">办理结果（一种），即年度报告表三的一行</param>
/// <param name="DecidedOn">决定日期</param>
/// <param name="Details">说明：获取方式、理由、负责公开的机关等</param>
/// <param name="Version">版本号</param>
public sealed record DecisionBody(RequestOutcome? Outcome, DateOnly? DecidedOn, string? Details, int? Version);

/// <param name="Title">告知书标题</param>
/// <param name="Body">告知书正文</param>
/// <param name="Version">版本号</param>
public sealed record LetterBody(string? Title, string? Body, int? Version);

/// <param name="RepliedOn">答复日期</param>
/// <param name="Version">版本号</param>
public sealed record ReplyBody(DateOnly? RepliedOn, int? Version);

/// <param name="DeliveredOn">送达日期</param>
/// <param name="Method">送达方式</param>
/// <param name="Version">版本号</param>
public sealed record DeliveryBody(DateOnly? DeliveredOn, string? Method, int? Version);

/// <param name="Reason">NoCorrection 逾期不补正、FeeUnpaid 逾期不缴费、Withdrawn 申请人撤回</param>
/// <param name="ClosedOn">终止日期</param>
/// <param name="Note">说明</param>
/// <param name="Version">版本号</param>
public sealed record CloseBody(ClosingReason? Reason, DateOnly? ClosedOn, string? Note, int? Version);

/// <param name="Note">转为主动公开的理由</param>
/// <param name="Version">版本号</param>
public sealed record ReleaseBody(string? Note, int? Version);

/// <param name="UnitId">被申请人或被告单位</param>
/// <param name="RequestId">关联的申请（可不填，如针对主动公开的复议、诉讼）</param>
/// <param name="Kind">Reconsideration 行政复议或 Litigation 行政诉讼</param>
/// <param name="AfterReconsideration">行政诉讼是否经过复议（复议后起诉）</param>
/// <param name="CaseNumber">案号</param>
/// <param name="Authority">复议机关或人民法院</param>
/// <param name="FiledOn">申请复议或起诉（立案）日期</param>
/// <param name="Note">说明</param>
public sealed record RemedyCaseBody(
    Guid UnitId, Guid? RequestId, RemedyKind? Kind, bool AfterReconsideration, string? CaseNumber, string? Authority, DateOnly? FiledOn, string? Note);

/// <param name="Result">Upheld 维持、Corrected 纠正、Other 其他、Pending 尚未审结</param>
/// <param name="ConcludedOn">审结日期</param>
/// <param name="Note">说明</param>
/// <param name="Version">版本号</param>
public sealed record RemedyResultBody(RemedyResult? Result, DateOnly? ConcludedOn, string? Note, int? Version);
