namespace OpenGov.Reporting.Domain.Template;

/// <summary>
/// Every label of the official template (国办公开办函〔2021〕30号), character-exact as annual-report.md gives them.
/// Generated reports print only these; importers compare against them leniently.
/// </summary>
public static class TemplateLabels
{
    public const string Overview = "一、总体情况";
    public const string Proactive = "二、主动公开政府信息情况";
    public const string Applications = "三、收到和处理政府信息公开申请情况";
    public const string Remedies = "四、政府信息公开行政复议、行政诉讼情况";
    public const string Problems = "五、存在的主要问题及改进情况";
    public const string Other = "六、其他需要报告的事项";

    public static readonly IReadOnlyList<string> SectionHeadings = [Overview, Proactive, Applications, Remedies, Problems, Other];

    /// <summary>Default sub-headings of 一、总体情况 (practice).</summary>
    public static readonly IReadOnlyList<string> OverviewSubheadings =
        ["（一）主动公开情况", "（二）依申请公开情况", "（三）政府信息管理情况", "（四）政府信息公开平台建设情况", "（五）政府信息公开监督保障情况"];

    public static string Title(string organName, int year) => $"{organName}{year}年政府信息公开工作年度报告";
}

/// <summary>Table 二 (annual-report.md §3): 4 grid columns × 14 rows.</summary>
public static class ProactiveTableLabels
{
    public const string Item1 = "第二十条第（一）项";
    public const string Item5 = "第二十条第（五）项";
    public const string Item6 = "第二十条第（六）项";
    public const string Item8 = "第二十条第（八）项";
    public const string Content = "信息内容";
    public const string Issued = "本年制发件数";
    public const string Repealed = "本年废止件数";
    public const string InForce = "现行有效件数";
    public const string Decisions = "本年处理决定数量";
    public const string FeeAmount = "本年收费金额（单位：万元）";
    public const string Rules = "规章";
    public const string NormativeDocuments = "行政规范性文件";
    public const string Licensing = "行政许可";
    public const string Penalty = "行政处罚";
    public const string Compulsion = "行政强制";
    public const string AdministrativeFees = "行政事业性收费";
}

/// <summary>One body row of table 三 (annual-report.md §4) with its three label cells; null where a spanning cell covers it.</summary>
/// <param name="Key">Our stable key (annual-report.md), e.g. <c>Refused.StateSecret</c>.</param>
/// <param name="Column1">Label in grid column 1 (null when covered by 三、本年度办理结果's row span).</param>
/// <param name="Column2">Label in grid column 2 (null when covered by a group's row span or spanned from column 1).</param>
/// <param name="Column3">Label in grid column 3 (null when spanned from column 1 or 2).</param>
public sealed record ApplicationRowLayout(string Key, string? Column1, string? Column2, string? Column3)
{
    /// <summary>The most specific label: how validation messages name the row.</summary>
    public string Label => Column3 ?? Column2 ?? Column1!;
}

/// <summary>Table 三: 10 grid columns × 28 rows; 3 header rows, then these 25 body rows.</summary>
public static class ApplicationTableLabels
{
    public const string HeaderNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public const string ApplicantGroup = "申请人情况";
    public const string OrganizationGroup = "法人或其他组织";
    public const string ResultsGroup = "三、本年度办理结果";

    /// <summary>The seven number columns in order (cols 4–10).</summary>
    public static readonly IReadOnlyList<string> Columns = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    public const string NewReceived = "NewReceived";
    public const string CarriedIn = "CarriedIn";
    public const string TotalHandled = "TotalHandled";
    public const string CarriedOut = "CarriedOut";

    public static readonly IReadOnlyList<ApplicationRowLayout> Rows =
    [
        new(NewReceived, "一、本年新收政府信息公开申请数量", null, null),
        new(CarriedIn, "二、上年结转政府信息公开申请数量", null, null),
        new("Granted", ResultsGroup, "（一）予以公开", null),
        new("PartlyGranted", null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null),
        new("Refused.StateSecret", null, "（三）不予公开", "1.属于国家秘密"),
        new("Refused.OtherLawForbids", null, null, "2.其他法律行政法规禁止公开"),
        new("Refused.Endangers", null, null, "3.危及“三安全一稳定”"),
        new("Refused.ThirdParty", null, null, "4.保护第三方合法权益"),
        new("Refused.InternalAffairs", null, null, "5.属于三类内部事务信息"),
        new("Refused.ProcessInfo", null, null, "6.属于四类过程性信息"),
        new("Refused.EnforcementFile", null, null, "7.属于行政执法案卷"),
        new("Refused.QueryMatter", null, null, "8.属于行政查询事项"),
        new("Unable.NotHeld", null, "（四）无法提供", "1.本机关不掌握相关政府信息"),
        new("Unable.NeedsCreating", null, null, "2.没有现成信息需要另行制作"),
        new("Unable.Unclear", null, null, "3.补正后申请内容仍不明确"),
        new("NotHandled.Petition", null, "（五）不予处理", "1.信访举报投诉类申请"),
        new("NotHandled.Repeat", null, null, "2.重复申请"),
        new("NotHandled.Publication", null, null, "3.要求提供公开出版物"),
        new("NotHandled.Excessive", null, null, "4.无正当理由大量反复申请"),
        new("NotHandled.ConfirmOrReissue", null, null, "5.要求行政机关确认或重新出具已获取信息"),
        new("Other.NoCorrection", null, "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        new("Other.FeeUnpaid", null, null, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        new("Other.Other", null, null, "3.其他"),
        new(TotalHandled, null, "（七）总计", null),
        new(CarriedOut, "四、结转下年度继续办理", null, null),
    ];

    /// <summary>The 21 outcome rows whose sum is （七）总计 (V3).</summary>
    public static IEnumerable<ApplicationRowLayout> OutcomeRows => Rows.Skip(2).Take(21);

    /// <summary>The rows of each group under 三、本年度办理结果 (for row spans).</summary>
    public static readonly IReadOnlyDictionary<string, int> GroupRowSpans = new Dictionary<string, int>
    {
        ["（三）不予公开"] = 8,
        ["（四）无法提供"] = 3,
        ["（五）不予处理"] = 5,
        ["（六）其他处理"] = 3,
    };

    public const int ResultsRowSpan = 22;
}

/// <summary>Table 四 (annual-report.md §5): 15 grid columns × 4 rows.</summary>
public static class RemedyTableLabels
{
    public const string Reconsideration = "行政复议";
    public const string Litigation = "行政诉讼";
    public const string DirectLitigation = "未经复议直接起诉";
    public const string LitigationAfterReconsideration = "复议后起诉";

    /// <summary>The five result columns of each group, in order.</summary>
    public static readonly IReadOnlyList<string> Results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
}
