namespace OpenGov.Requests.Domain.Requests;

/// <summary>
/// One row of annual-report table 三 (rows 6–26) and what a reply letter cites for it (REQ-12, REQ-13).
/// </summary>
/// <param name="Outcome">The outcome this row counts.</param>
/// <param name="Group">The group of table 三 the row sits in.</param>
/// <param name="GroupLabel">The column-2 label of the group, character-exact, e.g. <c>（三）不予公开</c>.</param>
/// <param name="RowLabel">The column-3 label, character-exact; the group label for 予以公开 and 部分公开, which have none.</param>
/// <param name="ReportKey">Our stable key of the row, e.g. <c>Refused.StateSecret</c>.</param>
/// <param name="DisplayName">A short Chinese name for lists and filters.</param>
/// <param name="LegalBasis">What a reply letter cites, e.g. <c>《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项</c>.</param>
public sealed record OutcomeLabel(
    RequestOutcome Outcome,
    OutcomeGroup Group,
    string GroupLabel,
    string RowLabel,
    string ReportKey,
    string DisplayName,
    string LegalBasis);

/// <summary>
/// The labels of every <see cref="RequestOutcome"/>, in the order of annual-report table 三.
/// </summary>
public static class OutcomeLabels
{
    private const string Regulation = "《中华人民共和国政府信息公开条例》";

    private const string GrantedGroup = "（一）予以公开";
    private const string PartlyGrantedGroup = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
    private const string RefusedGroup = "（三）不予公开";
    private const string UnableGroup = "（四）无法提供";
    private const string NotHandledGroup = "（五）不予处理";
    private const string OtherGroup = "（六）其他处理";

    // Articles are those of the 2019 条例 (国务院令第711号). Where the 条例 itself names the case the citation is
    // statutory; the rows marked (practice) have no article of their own and cite what published reply letters cite.
    private static readonly OutcomeLabel[] Rows =
    [
        // 已主动公开 (第三十六条第（一）项) is counted here too; the letter for it says where to find the information.
        new(RequestOutcome.Granted, OutcomeGroup.Granted, GrantedGroup, GrantedGroup,
            "Granted", "予以公开", $"{Regulation}第三十六条第（二）项"),
        new(RequestOutcome.PartlyGranted, OutcomeGroup.PartlyGranted, PartlyGrantedGroup, PartlyGrantedGroup,
            "PartlyGranted", "部分公开", $"{Regulation}第三十七条"),

        new(RequestOutcome.RefusedStateSecret, OutcomeGroup.Refused, RefusedGroup, "1.属于国家秘密",
            "Refused.StateSecret", "不予公开（国家秘密）", $"{Regulation}第十四条、第三十六条第（三）项"),
        new(RequestOutcome.RefusedOtherLawForbids, OutcomeGroup.Refused, RefusedGroup, "2.其他法律行政法规禁止公开",
            "Refused.OtherLawForbids", "不予公开（法律行政法规禁止公开）", $"{Regulation}第十四条、第三十六条第（三）项"),
        new(RequestOutcome.RefusedEndangers, OutcomeGroup.Refused, RefusedGroup, "3.危及“三安全一稳定”",
            "Refused.Endangers", "不予公开（危及“三安全一稳定”）", $"{Regulation}第十四条、第三十六条第（三）项"),
        new(RequestOutcome.RefusedThirdParty, OutcomeGroup.Refused, RefusedGroup, "4.保护第三方合法权益",
            "Refused.ThirdParty", "不予公开（第三方合法权益）", $"{Regulation}第十五条、第三十六条第（三）项"),
        new(RequestOutcome.RefusedInternalAffairs, OutcomeGroup.Refused, RefusedGroup, "5.属于三类内部事务信息",
            "Refused.InternalAffairs", "不予公开（内部事务信息）", $"{Regulation}第十六条第一款、第三十六条第（三）项"),
        new(RequestOutcome.RefusedProcessInfo, OutcomeGroup.Refused, RefusedGroup, "6.属于四类过程性信息",
            "Refused.ProcessInfo", "不予公开（过程性信息）", $"{Regulation}第十六条第二款、第三十六条第（三）项"),
        new(RequestOutcome.RefusedEnforcementFile, OutcomeGroup.Refused, RefusedGroup, "7.属于行政执法案卷",
            "Refused.EnforcementFile", "不予公开（行政执法案卷）", $"{Regulation}第十六条第二款、第三十六条第（三）项"),

        // (practice) Annual reports count 工商、不动产登记资料 and similar look-ups here; the reply sends the applicant
        // to the special procedure of 第三十六条第（七）项 rather than refusing under (三).
        new(RequestOutcome.RefusedQueryMatter, OutcomeGroup.Refused, RefusedGroup, "8.属于行政查询事项",
            "Refused.QueryMatter", "不予公开（行政查询事项）", $"{Regulation}第三十六条第（七）项"),

        // The row also counts 非本机关负责 (第三十六条第（五）项); the unit names the competent organ in the details.
        new(RequestOutcome.UnableNotHeld, OutcomeGroup.Unable, UnableGroup, "1.本机关不掌握相关政府信息",
            "Unable.NotHeld", "无法提供（本机关不掌握）", $"{Regulation}第三十六条第（四）项"),
        new(RequestOutcome.UnableNeedsCreating, OutcomeGroup.Unable, UnableGroup, "2.没有现成信息需要另行制作",
            "Unable.NeedsCreating", "无法提供（需另行制作）", $"{Regulation}第三十八条"),
        new(RequestOutcome.UnableUnclear, OutcomeGroup.Unable, UnableGroup, "3.补正后申请内容仍不明确",
            "Unable.Unclear", "无法提供（补正后仍不明确）", $"{Regulation}第三十条"),

        new(RequestOutcome.NotHandledPetition, OutcomeGroup.NotHandled, NotHandledGroup, "1.信访举报投诉类申请",
            "NotHandled.Petition", "不予处理（信访举报投诉）", $"{Regulation}第三十九条第一款"),
        new(RequestOutcome.NotHandledRepeat, OutcomeGroup.NotHandled, NotHandledGroup, "2.重复申请",
            "NotHandled.Repeat", "不予处理（重复申请）", $"{Regulation}第三十六条第（六）项"),
        new(RequestOutcome.NotHandledPublication, OutcomeGroup.NotHandled, NotHandledGroup, "3.要求提供公开出版物",
            "NotHandled.Publication", "不予处理（公开出版物）", $"{Regulation}第三十九条第二款"),
        new(RequestOutcome.NotHandledExcessive, OutcomeGroup.NotHandled, NotHandledGroup, "4.无正当理由大量反复申请",
            "NotHandled.Excessive", "不予处理（大量反复申请）", $"{Regulation}第三十五条"),

        // (practice) No article names this case; confirming or re-issuing is making new information, not providing
        // information already made or obtained, so letters cite 第三十八条.
        new(RequestOutcome.NotHandledConfirmOrReissue, OutcomeGroup.NotHandled, NotHandledGroup, "5.要求行政机关确认或重新出具已获取信息",
            "NotHandled.ConfirmOrReissue", "不予处理（要求确认或重新出具）", $"{Regulation}第三十八条"),

        new(RequestOutcome.OtherNoCorrection, OutcomeGroup.Other, OtherGroup, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "Other.NoCorrection", "其他处理（逾期不补正）", $"{Regulation}第三十条"),

        // (practice) The 视为放弃 wording for an unpaid fee comes from provincial implementing notices (REQ-15); the
        // national texts cited are the fee article of the 条例 and the 费用办法 as a whole.
        new(RequestOutcome.OtherFeeUnpaid, OutcomeGroup.Other, OtherGroup, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "Other.FeeUnpaid", "其他处理（逾期未缴费）", $"{Regulation}第四十二条和《政府信息公开信息处理费管理办法》"),

        // (practice) The catch-all row has no article; the letter cites the 条例 as a whole and the unit states the
        // ground in the letter's details.
        new(RequestOutcome.OtherOther, OutcomeGroup.Other, OtherGroup, "3.其他",
            "Other.Other", "其他处理", Regulation),
    ];

    private static readonly Dictionary<RequestOutcome, OutcomeLabel> ByOutcome = Rows.ToDictionary(r => r.Outcome);

    /// <summary>Every row, in the order of annual-report table 三 (rows 6–26).</summary>
    public static IReadOnlyList<OutcomeLabel> All { get; } = Array.AsReadOnly(Rows);

    /// <summary>The row of an outcome.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="RequestOutcome"/>.</exception>
    public static OutcomeLabel For(RequestOutcome outcome) =>
        ByOutcome.TryGetValue(outcome, out var label)
            ? label
            : throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "未定义的办理结果");

    /// <summary>The column-2 label of a group, character-exact, e.g. <c>（四）无法提供</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="OutcomeGroup"/>.</exception>
    public static string GroupLabel(OutcomeGroup group) => group switch
    {
        OutcomeGroup.Granted => GrantedGroup,
        OutcomeGroup.PartlyGranted => PartlyGrantedGroup,
        OutcomeGroup.Refused => RefusedGroup,
        OutcomeGroup.Unable => UnableGroup,
        OutcomeGroup.NotHandled => NotHandledGroup,
        OutcomeGroup.Other => OtherGroup,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "未定义的办理结果分组"),
    };
}
