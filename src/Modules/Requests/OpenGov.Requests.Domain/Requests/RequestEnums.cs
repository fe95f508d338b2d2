namespace OpenGov.Requests.Domain.Requests;

/// <summary>How a request arrived (REQ-2, REQ-3); each channel has its own rule for the date of receipt.</summary>
public enum IntakeChannel
{
    /// <summary>网上申请: the date both sides confirm; the platform confirms on submission.</summary>
    Online = 1,

    /// <summary>当面提交: the date handed in.</summary>
    InPerson = 2,

    /// <summary>邮寄（需签收）: the date signed for.</summary>
    RegisteredPost = 3,

    /// <summary>平常信函: the date the office confirms with the applicant.</summary>
    OrdinaryLetter = 4,

    /// <summary>传真: the date both sides confirm.</summary>
    Fax = 5,

    /// <summary>电子邮件: the date both sides confirm (practice).</summary>
    Email = 6,

    /// <summary>其他渠道: the organ's own rule, else mutual confirmation (practice).</summary>
    Other = 7,
}

/// <summary>The applicant columns of annual-report table 三, in order.</summary>
public enum ApplicantKind
{
    /// <summary>自然人</summary>
    NaturalPerson = 1,

    /// <summary>商业企业</summary>
    CommercialEnterprise = 2,

    /// <summary>科研机构</summary>
    ResearchInstitution = 3,

    /// <summary>社会公益组织</summary>
    PublicWelfareOrganization = 4,

    /// <summary>法律服务机构</summary>
    LegalServiceInstitution = 5,

    /// <summary>其他（法人或其他组织）</summary>
    OtherOrganization = 6,
}

/// <summary>The form the applicant asks for (REQ-14).</summary>
public enum DeliveryForm
{
    /// <summary>纸质文本</summary>
    Paper = 1,

    /// <summary>电子邮件</summary>
    Email = 2,

    /// <summary>光盘、U盘等数据载体</summary>
    DataMedium = 3,

    /// <summary>当场阅览、抄录</summary>
    OnSiteReading = 4,

    /// <summary>网上平台获取</summary>
    Online = 5,
}

/// <summary>Where a request stands in the statutory lifecycle (REQ-16: 接收、登记、审核、办理、答复、归档).</summary>
public enum RequestStatus
{
    /// <summary>已接收，待登记受理</summary>
    Received = 1,

    /// <summary>已登记受理，办理中</summary>
    InProgress = 2,

    /// <summary>已告知补正，等待申请人补正</summary>
    AwaitingCorrection = 3,

    /// <summary>征求第三方意见中</summary>
    InConsultation = 4,

    /// <summary>已通知缴费，等待缴纳信息处理费</summary>
    AwaitingFee = 5,

    /// <summary>已作出答复决定，告知书待发出</summary>
    Decided = 6,

    /// <summary>已答复</summary>
    Replied = 7,

    /// <summary>已送达</summary>
    Delivered = 8,

    /// <summary>已归档</summary>
    Archived = 9,

    /// <summary>已终止（视为放弃等，不再处理）</summary>
    Closed = 10,
}

/// <summary>
/// The outcome of a request, one per request, exactly the rows 6–26 of annual-report table 三 (REQ-12).
/// 部分公开 takes precedence over every other row for a request handled partly open.
/// </summary>
public enum RequestOutcome
{
    /// <summary>（一）予以公开 (including 已主动公开, 条例第三十六条第一、二项)</summary>
    Granted = 1,

    /// <summary>（二）部分公开</summary>
    PartlyGranted = 2,

    /// <summary>（三）不予公开 1.属于国家秘密</summary>
    RefusedStateSecret = 3,

    /// <summary>（三）不予公开 2.其他法律行政法规禁止公开</summary>
    RefusedOtherLawForbids = 4,

    /// <summary>（三）不予公开 3.危及“三安全一稳定”</summary>
    RefusedEndangers = 5,

    /// <summary>（三）不予公开 4.保护第三方合法权益</summary>
    RefusedThirdParty = 6,

    /// <summary>（三）不予公开 5.属于三类内部事务信息</summary>
    RefusedInternalAffairs = 7,

    /// <summary>（三）不予公开 6.属于四类过程性信息</summary>
    RefusedProcessInfo = 8,

    /// <summary>（三）不予公开 7.属于行政执法案卷</summary>
    RefusedEnforcementFile = 9,

    /// <summary>（三）不予公开 8.属于行政查询事项</summary>
    RefusedQueryMatter = 10,

    /// <summary>（四）无法提供 1.本机关不掌握相关政府信息</summary>
    UnableNotHeld = 11,

    /// <summary>（四）无法提供 2.没有现成信息需要另行制作</summary>
    UnableNeedsCreating = 12,

    /// <summary>（四）无法提供 3.补正后申请内容仍不明确</summary>
    UnableUnclear = 13,

    /// <summary>（五）不予处理 1.信访举报投诉类申请</summary>
    NotHandledPetition = 14,

    /// <summary>（五）不予处理 2.重复申请</summary>
    NotHandledRepeat = 15,

    /// <summary>（五）不予处理 3.要求提供公开出版物</summary>
    NotHandledPublication = 16,

    /// <summary>（五）不予处理 4.无正当理由大量反复申请</summary>
    NotHandledExcessive = 17,

    /// <summary>（五）不予处理 5.要求行政机关确认或重新出具已获取信息</summary>
    NotHandledConfirmOrReissue = 18,

    /// <summary>（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</summary>
    OtherNoCorrection = 19,

    /// <summary>（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</summary>
    OtherFeeUnpaid = 20,

    /// <summary>（六）其他处理 3.其他</summary>
    OtherOther = 21,
}

/// <summary>The groups of table 三 an outcome belongs to.</summary>
public enum OutcomeGroup
{
    Granted = 1,
    PartlyGranted = 2,
    Refused = 3,
    Unable = 4,
    NotHandled = 5,
    Other = 6,
}

/// <summary>Litigation after review or not, and the results of annual-report table 四.</summary>
public enum RemedyKind
{
    /// <summary>行政复议</summary>
    Reconsideration = 1,

    /// <summary>行政诉讼</summary>
    Litigation = 2,
}

public enum RemedyResult
{
    /// <summary>尚未审结</summary>
    Pending = 0,

    /// <summary>结果维持</summary>
    Upheld = 1,

    /// <summary>结果纠正（撤销、变更、确认违法、责令履行）</summary>
    Corrected = 2,

    /// <summary>其他结果（驳回、撤回、调解、终止等）</summary>
    Other = 3,
}

/// <summary>信息处理费 (REQ-15): per request one mode, never both.</summary>
public enum FeeMode
{
    /// <summary>按件计收</summary>
    PerApplication = 1,

    /// <summary>按量计收</summary>
    PerPage = 2,
}
