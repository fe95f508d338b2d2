using OpenGov.Requests.Domain.Remedies;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Requests;

/// <summary>A disclosure request as staff see it. <c>Applicant</c> is null for anyone outside the handling unit.</summary>
/// <param name="Id">申请编号（系统）</param>
/// <param name="UnitId">受理单位</param>
/// <param name="TrackingNumber">申请编号</param>
/// <param name="Channel">申请渠道</param>
/// <param name="ArrivedOn">申请到达日期</param>
/// <param name="ConfirmedOn">双方确认日期</param>
/// <param name="ReceivedOn">收到申请之日（条例第三十一条）</param>
/// <param name="ApplicantKind">申请人类型（年报表三的列）</param>
/// <param name="Applicant">申请人信息（仅受理单位可见）</param>
/// <param name="InformationDescription">所需政府信息的名称、文号或描述</param>
/// <param name="DeliveryForm">提供形式</param>
/// <param name="DeliveryNote">获取方式说明</param>
/// <param name="Status">状态</param>
/// <param name="StatusLabel">状态名称</param>
/// <param name="DueOn">答复期限</param>
/// <param name="Deadline">答复期限的计算过程</param>
/// <param name="DeadlineProblem">无法计算期限的原因</param>
/// <param name="Correction">补正</param>
/// <param name="Consultations">征求意见</param>
/// <param name="Extension">延期答复</param>
/// <param name="Fee">信息处理费</param>
/// <param name="Outcome">办理结果</param>
/// <param name="OutcomeLabel">办理结果（年报表三的行）</param>
/// <param name="DecidedOn">决定日期</param>
/// <param name="DecisionDetails">决定说明</param>
/// <param name="LetterTitle">告知书标题</param>
/// <param name="LetterBody">告知书正文</param>
/// <param name="RepliedOn">答复日期</param>
/// <param name="RepliedLate">是否超期答复</param>
/// <param name="DeliveredOn">送达日期</param>
/// <param name="DeliveryMethod">送达方式</param>
/// <param name="ArchivedOn">归档日期</param>
/// <param name="ClosedOn">办结日期</param>
/// <param name="ReleasedForPublicationAt">转为主动公开的时间</param>
/// <param name="Steps">办理过程</param>
/// <param name="Version">版本号（修改时提交）</param>
public sealed record RequestDto(
    Guid Id, Guid UnitId, string TrackingNumber, IntakeChannel Channel, DateOnly ArrivedOn, DateOnly? ConfirmedOn, DateOnly ReceivedOn,
    ApplicantKind ApplicantKind, ApplicantDto? Applicant, string InformationDescription, DeliveryForm DeliveryForm, string? DeliveryNote,
    RequestStatus Status, string StatusLabel, DateOnly? DueOn, DeadlineDto? Deadline, string? DeadlineProblem,
    CorrectionDto? Correction, IReadOnlyList<ConsultationDto> Consultations, ExtensionDto? Extension, FeeDto? Fee,
    RequestOutcome? Outcome, string? OutcomeLabel, DateOnly? DecidedOn, string? DecisionDetails, string? LetterTitle, string? LetterBody,
    DateOnly? RepliedOn, bool RepliedLate, DateOnly? DeliveredOn, string? DeliveryMethod, DateOnly? ArchivedOn, DateOnly? ClosedOn,
    DateTimeOffset? ReleasedForPublicationAt, IReadOnlyList<StepDto> Steps, int Version);

/// <param name="Kind">申请人类型</param>
/// <param name="Name">姓名或名称</param>
/// <param name="IdentityDocument">身份证件或统一社会信用代码</param>
/// <param name="ContactPerson">联系人</param>
/// <param name="Phone">电话</param>
/// <param name="Email">电子邮箱</param>
/// <param name="Address">通信地址</param>
/// <param name="PostalCode">邮政编码</param>
public sealed record ApplicantDto(
    ApplicantKind Kind, string Name, string? IdentityDocument, string? ContactPerson, string? Phone, string? Email, string? Address, string? PostalCode);

/// <param name="StartOn">起算日（当日不计）</param>
/// <param name="StartReason">起算事由</param>
/// <param name="BaseWorkingDays">法定答复期限（工作日）</param>
/// <param name="BaseDueOn">法定期限届满日</param>
/// <param name="RestDaysSkipped">跳过的休息日天数</param>
/// <param name="Pauses">不计入期限的期间</param>
/// <param name="PausedWorkingDays">不计入的工作日合计</param>
/// <param name="ExtensionWorkingDays">延期工作日</param>
/// <param name="DueBeforeExtension">延期前的期限</param>
/// <param name="DueOn">答复期限</param>
/// <param name="CorrectionNoticeDueOn">补正告知最迟日期</param>
/// <param name="Explanation">计算说明</param>
public sealed record DeadlineDto(
    DateOnly StartOn, string StartReason, int BaseWorkingDays, DateOnly BaseDueOn, int RestDaysSkipped, IReadOnlyList<PauseDto> Pauses,
    int PausedWorkingDays, int ExtensionWorkingDays, DateOnly DueBeforeExtension, DateOnly? DueOn, DateOnly CorrectionNoticeDueOn,
    IReadOnlyList<string> Explanation);

/// <param name="Reason">事由</param>
/// <param name="From">起</param>
/// <param name="To">止</param>
/// <param name="WorkingDays">工作日</param>
/// <param name="Provisional">尚未结束（按最长期间暂计）</param>
public sealed record PauseDto(string Reason, DateOnly From, DateOnly To, int WorkingDays, bool Provisional);

/// <param name="NoticeOn">补正告知日期</param>
/// <param name="Points">需补正的事项</param>
/// <param name="DueOn">补正期限</param>
/// <param name="ReceivedOn">收到补正日期</param>
/// <param name="NoticeLate">补正告知超过 7 个工作日</param>
public sealed record CorrectionDto(DateOnly NoticeOn, string? Points, DateOnly? DueOn, DateOnly? ReceivedOn, bool NoticeLate);

/// <param name="Number">序号</param>
/// <param name="Party">被征求方类型</param>
/// <param name="PartyName">被征求方</param>
/// <param name="SentOn">发函日期</param>
/// <param name="DeliveredOn">送达日期</param>
/// <param name="RepliedOn">答复日期</param>
/// <param name="Opinion">意见</param>
/// <param name="Note">说明</param>
public sealed record ConsultationDto(
    int Number, ConsultedParty Party, string PartyName, DateOnly SentOn, DateOnly? DeliveredOn, DateOnly? RepliedOn, ConsultationOpinion? Opinion, string? Note);

/// <param name="WorkingDays">延长工作日</param>
/// <param name="Reason">理由</param>
/// <param name="ApprovedBy">批准人</param>
/// <param name="ApprovedOn">批准日期</param>
public sealed record ExtensionDto(int WorkingDays, string? Reason, string? ApprovedBy, DateOnly? ApprovedOn);

/// <param name="Mode">计收方式</param>
/// <param name="Quantity">件次或页数</param>
/// <param name="Amount">金额（元）</param>
/// <param name="Breakdown">计算明细</param>
/// <param name="NoticeOn">收费通知日期</param>
/// <param name="PaymentDueOn">缴费期限</param>
/// <param name="PaidOn">缴费日期</param>
public sealed record FeeDto(FeeMode Mode, int? Quantity, decimal? Amount, string? Breakdown, DateOnly NoticeOn, DateOnly? PaymentDueOn, DateOnly? PaidOn);

/// <param name="Number">序号</param>
/// <param name="Action">环节</param>
/// <param name="On">日期</param>
/// <param name="Actor">经办人</param>
/// <param name="Note">说明</param>
/// <param name="RecordedAt">登记时间</param>
public sealed record StepDto(int Number, string Action, DateOnly On, string Actor, string? Note, DateTimeOffset RecordedAt);

/// <summary>One line of a request list.</summary>
/// <param name="Id">编号</param>
/// <param name="UnitId">受理单位</param>
/// <param name="TrackingNumber">申请编号</param>
/// <param name="ReceivedOn">收到申请之日</param>
/// <param name="ApplicantKind">申请人类型</param>
/// <param name="ApplicantName">申请人（仅受理单位可见）</param>
/// <param name="InformationDescription">所需信息</param>
/// <param name="Status">状态</param>
/// <param name="DueOn">答复期限</param>
/// <param name="Outcome">办理结果</param>
/// <param name="ClosedOn">办结日期</param>
public sealed record RequestListItemDto(
    Guid Id, Guid UnitId, string TrackingNumber, DateOnly ReceivedOn, ApplicantKind ApplicantKind, string? ApplicantName,
    string InformationDescription, RequestStatus Status, DateOnly? DueOn, RequestOutcome? Outcome, DateOnly? ClosedOn);

/// <summary>What a public submitter sees with their query code: no personal data, no staff notes.</summary>
/// <param name="TrackingNumber">申请编号</param>
/// <param name="UnitName">受理机关</param>
/// <param name="ReceivedOn">收到申请之日</param>
/// <param name="Status">状态</param>
/// <param name="StatusLabel">状态名称</param>
/// <param name="DueOn">答复期限</param>
/// <param name="CorrectionPoints">需补正的事项</param>
/// <param name="CorrectionDueOn">补正期限</param>
/// <param name="Outcome">办理结果</param>
/// <param name="OutcomeLabel">办理结果名称</param>
/// <param name="RepliedOn">答复日期</param>
/// <param name="LetterTitle">告知书标题（已答复时）</param>
/// <param name="LetterBody">告知书正文（已答复时）</param>
public sealed record PublicRequestStatusDto(
    string TrackingNumber, string UnitName, DateOnly ReceivedOn, RequestStatus Status, string StatusLabel, DateOnly? DueOn,
    string? CorrectionPoints, DateOnly? CorrectionDueOn, RequestOutcome? Outcome, string? OutcomeLabel, DateOnly? RepliedOn,
    string? LetterTitle, string? LetterBody);

/// <summary>What the applicant keeps after submitting: the query code is shown only this once.</summary>
/// <param name="TrackingNumber">申请编号</param>
/// <param name="QueryCode">查询码（请妥善保存，仅显示一次）</param>
/// <param name="ReceivedOn">收到申请之日</param>
/// <param name="DueOn">答复期限</param>
public sealed record SubmittedRequestDto(string TrackingNumber, string QueryCode, DateOnly ReceivedOn, DateOnly? DueOn);

/// <summary>A staff registration: the request's id and the query code to hand to the applicant.</summary>
/// <param name="Id">编号</param>
/// <param name="TrackingNumber">申请编号</param>
/// <param name="QueryCode">查询码（仅显示一次，请交给申请人）</param>
public sealed record RegisteredRequestDto(Guid Id, string TrackingNumber, string QueryCode);

/// <param name="Id">编号</param>
/// <param name="UnitId">被申请人/被告单位</param>
/// <param name="RequestId">关联申请</param>
/// <param name="Kind">类型</param>
/// <param name="AfterReconsideration">是否复议后起诉</param>
/// <param name="CaseNumber">案号</param>
/// <param name="Authority">复议机关或法院</param>
/// <param name="FiledOn">立案日期</param>
/// <param name="Result">结果</param>
/// <param name="ConcludedOn">审结日期</param>
/// <param name="Note">说明</param>
/// <param name="Version">版本号</param>
public sealed record RemedyCaseDto(
    Guid Id, Guid UnitId, Guid? RequestId, RemedyKind Kind, bool AfterReconsideration, string CaseNumber, string Authority,
    DateOnly FiledOn, RemedyResult Result, DateOnly? ConcludedOn, string? Note, int Version);
