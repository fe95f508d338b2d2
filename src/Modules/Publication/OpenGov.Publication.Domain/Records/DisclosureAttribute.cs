namespace OpenGov.Publication.Domain.Records;

/// <summary>公开属性 (PUB-1), fixed when the document is drafted.</summary>
public enum DisclosureAttribute
{
    /// <summary>此件公开发布（主动公开）</summary>
    PublishInFull = 1,

    /// <summary>此件删减后公开（主动公开，只公开删减后的文本）</summary>
    PublishRedacted = 2,

    /// <summary>此件依申请公开</summary>
    OnRequestOnly = 3,

    /// <summary>此件不公开（不予公开）</summary>
    NotDisclosed = 4,
}

/// <summary>The statutory grounds for withholding (条例第十四、十五、十六条; REQ-13).</summary>
public enum WithholdingGround
{
    /// <summary>第十四条：依法确定为国家秘密</summary>
    StateSecret = 1,

    /// <summary>第十四条：法律、行政法规禁止公开</summary>
    ProhibitedByLaw = 2,

    /// <summary>第十四条：公开后可能危及国家安全、公共安全、经济安全、社会稳定</summary>
    EndangersSecurity = 3,

    /// <summary>第十五条：涉及商业秘密</summary>
    TradeSecret = 4,

    /// <summary>第十五条：涉及个人隐私</summary>
    PersonalPrivacy = 5,

    /// <summary>第十五条：公开会对第三方合法权益造成损害</summary>
    ThirdPartyRights = 6,

    /// <summary>第十六条：内部事务信息（人事管理、后勤管理、内部工作流程等）</summary>
    InternalAffairs = 7,

    /// <summary>第十六条：过程性信息（讨论记录、过程稿、磋商信函、请示报告等）</summary>
    ProcessInformation = 8,

    /// <summary>第十六条：行政执法案卷信息</summary>
    EnforcementCaseFile = 9,
}

public static class DisclosureAttributes
{
    public static readonly IReadOnlyDictionary<DisclosureAttribute, string> Labels = new Dictionary<DisclosureAttribute, string>
    {
        [DisclosureAttribute.PublishInFull] = "此件公开发布",
        [DisclosureAttribute.PublishRedacted] = "此件删减后公开",
        [DisclosureAttribute.OnRequestOnly] = "此件依申请公开",
        [DisclosureAttribute.NotDisclosed] = "此件不公开",
    };

    public static readonly IReadOnlyDictionary<WithholdingGround, string> GroundLabels = new Dictionary<WithholdingGround, string>
    {
        [WithholdingGround.StateSecret] = "依法确定为国家秘密（条例第十四条）",
        [WithholdingGround.ProhibitedByLaw] = "法律、行政法规禁止公开（条例第十四条）",
        [WithholdingGround.EndangersSecurity] = "公开后可能危及国家安全、公共安全、经济安全、社会稳定（条例第十四条）",
        [WithholdingGround.TradeSecret] = "涉及商业秘密（条例第十五条）",
        [WithholdingGround.PersonalPrivacy] = "涉及个人隐私（条例第十五条）",
        [WithholdingGround.ThirdPartyRights] = "公开会对第三方合法权益造成损害（条例第十五条）",
        [WithholdingGround.InternalAffairs] = "内部事务信息（条例第十六条）",
        [WithholdingGround.ProcessInformation] = "过程性信息（条例第十六条）",
        [WithholdingGround.EnforcementCaseFile] = "行政执法案卷信息（条例第十六条）",
    };

    /// <summary>主动公开: the first two attributes (PUB-1).</summary>
    public static bool IsProactive(this DisclosureAttribute attribute) =>
        attribute is DisclosureAttribute.PublishInFull or DisclosureAttribute.PublishRedacted;
}
