namespace OpenGov.Reporting.Tests.Rendering;

/// <summary>
/// The template's wording copied from /work/shared/docs/annual-report.md (§1, §3–§5), not derived from TemplateLabels,
/// so these tests check the labels the renderers print character by character.
/// </summary>
internal static class OfficialTemplate
{
    public static readonly string[] Headings =
    [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ];

    public const string HeaderNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    public static readonly string[] ApplicantColumns = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    /// <summary>Table 三's 25 body rows: the labels in grid columns 1, 2, 3 (null where a spanning cell covers the column).</summary>
    public static readonly (string? Column1, string? Column2, string? Column3)[] ApplicationRows =
    [
        ("一、本年新收政府信息公开申请数量", null, null),
        ("二、上年结转政府信息公开申请数量", null, null),
        ("三、本年度办理结果", "（一）予以公开", null),
        (null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null),
        (null, "（三）不予公开", "1.属于国家秘密"),
        (null, null, "2.其他法律行政法规禁止公开"),
        (null, null, "3.危及“三安全一稳定”"),
        (null, null, "4.保护第三方合法权益"),
        (null, null, "5.属于三类内部事务信息"),
        (null, null, "6.属于四类过程性信息"),
        (null, null, "7.属于行政执法案卷"),
        (null, null, "8.属于行政查询事项"),
        (null, "（四）无法提供", "1.本机关不掌握相关政府信息"),
        (null, null, "2.没有现成信息需要另行制作"),
        (null, null, "3.补正后申请内容仍不明确"),
        (null, "（五）不予处理", "1.信访举报投诉类申请"),
        (null, null, "2.重复申请"),
        (null, null, "3.要求提供公开出版物"),
        (null, null, "4.无正当理由大量反复申请"),
        (null, null, "5.要求行政机关确认或重新出具已获取信息"),
        (null, "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        (null, null, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        (null, null, "3.其他"),
        (null, "（七）总计", null),
        ("四、结转下年度继续办理", null, null),
    ];

    /// <summary>Table 二's 14 rows as printed, one string per cell (spanned cells once).</summary>
    public static readonly string[][] ProactiveHeaderCells =
    [
        ["第二十条第（一）项"],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章"],
        ["行政规范性文件"],
        ["第二十条第（五）项"],
        ["信息内容", "本年处理决定数量"],
        ["行政许可"],
        ["第二十条第（六）项"],
        ["信息内容", "本年处理决定数量"],
        ["行政处罚"],
        ["行政强制"],
        ["第二十条第（八）项"],
        ["信息内容", "本年收费金额（单位：万元）"],
        ["行政事业性收费"],
    ];

    public const string Reconsideration = "行政复议";
    public const string Litigation = "行政诉讼";
    public const string DirectLitigation = "未经复议直接起诉";
    public const string LitigationAfterReconsideration = "复议后起诉";
    public static readonly string[] RemedyResults = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
}
