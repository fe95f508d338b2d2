using System.Globalization;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Letters;

/// <summary>
/// The text of the 政府信息公开申请答复告知书 for each outcome (REQ-12): how the request was received, the decision
/// and the article it rests on (<see cref="OutcomeLabels"/>), the unit's own details, the remedies (REQ-18) and the
/// sign-off. Paragraphs are separated by "\n"; the first is the addressee, the last two the signer and the date.
/// </summary>
public static class ReplyLetterTemplates
{
    /// <summary>The title every reply letter carries.</summary>
    public const string Title = "政府信息公开申请答复告知书";

    private const string You = "您（单位）";

    // Left blank so the date can be written when the letter is stamped.
    private const string BlankDate = "　　年　　月　　日";

    /// <summary>Drafts the reply letter for one request.</summary>
    /// <exception cref="ArgumentException">A name, the description, an organ or the tracking number is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The outcome is not a defined <see cref="RequestOutcome"/>.</exception>
    public static ReplyLetterDraft Compose(ReplyLetterFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentException.ThrowIfNullOrWhiteSpace(facts.UnitName);
        ArgumentException.ThrowIfNullOrWhiteSpace(facts.ApplicantName);
        ArgumentException.ThrowIfNullOrWhiteSpace(facts.InformationDescription);
        ArgumentException.ThrowIfNullOrWhiteSpace(facts.ReconsiderationOrgan);
        ArgumentException.ThrowIfNullOrWhiteSpace(facts.Court);
        ArgumentException.ThrowIfNullOrWhiteSpace(facts.TrackingNumber);
        var label = OutcomeLabels.For(facts.Outcome);

        List<string> paragraphs =
        [
            $"{facts.ApplicantName.Trim()}：",
            $"本机关于{ChineseDate(facts.ReceivedOn)}收到{You}提出的政府信息公开申请（编号：{facts.TrackingNumber.Trim()}），"
                + $"申请获取“{facts.InformationDescription.Trim()}”。现答复如下：",
            Decision(label),
        ];
        paragraphs.AddRange(DetailParagraphs(facts.Details));
        paragraphs.Add(Remedies(label, facts.ReconsiderationOrgan.Trim(), facts.Court.Trim()));
        paragraphs.Add("特此告知。");
        paragraphs.Add(facts.UnitName.Trim());
        paragraphs.Add(facts.LetterDate is { } date ? ChineseDate(date) : BlankDate);

        return new ReplyLetterDraft(Title, string.Join("\n", paragraphs));
    }

    private static string ChineseDate(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    // The unit's text may hold several paragraphs; blank lines would print as empty paragraphs, so they go.
    private static IEnumerable<string> DetailParagraphs(string? details) =>
        (details ?? "")
            .ReplaceLineEndings("\n")
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Decision(OutcomeLabel label)
    {
        var basis = $"根据{label.LegalBasis}的规定";
        return label.Outcome switch
        {
            RequestOutcome.Granted =>
                $"经审查，{You}申请获取的政府信息属于公开范围。{basis}，本机关予以公开。",
            RequestOutcome.PartlyGranted =>
                $"经审查，{You}申请获取的信息中含有不应当公开或者不属于政府信息的内容，但能够作区分处理。{basis}，"
                    + $"本机关向{You}提供可以公开的政府信息内容，其余内容不予公开。",
            RequestOutcome.RefusedStateSecret => Refusal("属于依法确定为国家秘密的政府信息", basis),
            RequestOutcome.RefusedOtherLawForbids => Refusal("属于法律、行政法规禁止公开的政府信息", basis),
            RequestOutcome.RefusedEndangers => Refusal("公开后可能危及国家安全、公共安全、经济安全、社会稳定", basis),
            RequestOutcome.RefusedThirdParty => Refusal("涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害", basis),
            RequestOutcome.RefusedInternalAffairs => Refusal("属于行政机关的内部事务信息（人事管理、后勤管理、内部工作流程等方面的信息）", basis),
            RequestOutcome.RefusedProcessInfo =>
                Refusal("属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息", basis),
            RequestOutcome.RefusedEnforcementFile => Refusal("属于行政执法案卷信息", basis),
            RequestOutcome.RefusedQueryMatter =>
                $"经审查，{You}申请获取的信息属于行政查询事项，有关法律、行政法规对该类信息的获取有特别规定。{basis}，"
                    + $"请{You}依照有关法律、行政法规的规定办理。",
            RequestOutcome.UnableNotHeld =>
                $"经检索，本机关未制作、未获取{You}申请获取的政府信息。{basis}，告知{You}该政府信息在本机关不存在，本机关无法提供。",
            RequestOutcome.UnableNeedsCreating =>
                $"经审查，本机关没有{You}申请获取的现成信息，需要对现有政府信息进行加工、分析或者另行制作。{basis}，本机关不予提供。",
            RequestOutcome.UnableUnclear =>
                $"本机关已告知{You}对申请内容作出补正，但补正后的申请内容仍不明确，无法确定{You}所需的政府信息。{basis}，本机关无法提供。",
            RequestOutcome.NotHandledPetition =>
                $"经审查，{You}以政府信息公开申请的形式提出的事项属于信访、投诉、举报等活动。{basis}，"
                    + $"本机关不作为政府信息公开申请处理，{You}可以通过相应渠道提出。",
            RequestOutcome.NotHandledRepeat =>
                $"本机关已就{You}提出的政府信息公开申请作出答复，{You}再次申请公开相同的政府信息。{basis}，本机关不予重复处理。",
            RequestOutcome.NotHandledPublication =>
                $"经审查，{You}申请获取的是政府公报、报刊、书籍等公开出版物。{basis}，本机关不作为政府信息公开申请处理，"
                    + "可以通过公开出版发行的渠道获取。",
            RequestOutcome.NotHandledExcessive =>
                $"{You}申请公开政府信息的数量、频次明显超过合理范围，经本机关要求说明理由，所说明的理由不合理。{basis}，本机关不予处理。",
            RequestOutcome.NotHandledConfirmOrReissue =>
                $"经审查，{You}的申请系要求本机关对已获取的信息予以确认或者重新出具，不属于申请获取本机关已制作或者获取的政府信息。{basis}，"
                    + "本机关不作为政府信息公开申请处理。",
            RequestOutcome.OtherNoCorrection =>
                $"本机关已告知{You}对申请内容作出补正，{You}无正当理由逾期未补正，视为放弃申请。{basis}，本机关不再处理该政府信息公开申请。",
            RequestOutcome.OtherFeeUnpaid =>
                $"本机关已向{You}发出收费通知，{You}逾期未按收费通知要求缴纳信息处理费，视为放弃申请。{basis}，本机关不再处理该政府信息公开申请。",
            RequestOutcome.OtherOther => $"经审查，{basis}，本机关对{You}的申请作出处理。",
            _ => throw new ArgumentOutOfRangeException(nameof(label), label.Outcome, "未定义的办理结果"),
        };
    }

    private static string Refusal(string ground, string basis) =>
        $"经审查，{You}申请获取的政府信息{ground}。{basis}，本机关决定不予公开。";

    // Since the 2023 revision of the 行政复议法 (第二十三条第一款第（四）项), a refusal to disclose must go to review
    // before a court; every other reply may be taken to either. Both time limits run from knowing of the reply
    // (行政复议法第二十条, 行政诉讼法第四十六条).
    private static string Remedies(OutcomeLabel label, string reconsiderationOrgan, string court) =>
        WithholdsInformation(label.Outcome)
            ? $"{You}如对本答复不服，应当自知道该答复之日起六十日内向{reconsiderationOrgan}申请行政复议；"
                + $"对行政复议决定不服的，可以依法向{court}提起行政诉讼。"
            : $"{You}如对本答复不服，可以自知道该答复之日起六十日内向{reconsiderationOrgan}申请行政复议，"
                + $"也可以自知道或者应当知道该答复之日起六个月内向{court}提起行政诉讼。";

    /// <summary>Whether the letter decides 不予公开 for all or part of the information.</summary>
    internal static bool WithholdsInformation(RequestOutcome outcome) =>
        outcome == RequestOutcome.PartlyGranted
        || (OutcomeLabels.For(outcome).Group == OutcomeGroup.Refused && outcome != RequestOutcome.RefusedQueryMatter);
}
