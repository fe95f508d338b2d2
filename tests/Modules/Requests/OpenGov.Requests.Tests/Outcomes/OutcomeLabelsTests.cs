using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Tests.Outcomes;

public sealed class OutcomeLabelsTests
{
    // Rows 6–26 of table 三, copied character for character from annual-report.md §4: key, column 2, column 3
    // (予以公开 and 部分公开 have no column 3, so their row label is the group label).
    public static readonly TheoryData<string, string, string> ReportRows = new()
    {
        { "Granted", "（一）予以公开", "（一）予以公开" },
        { "PartlyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" },
        { "Refused.StateSecret", "（三）不予公开", "1.属于国家秘密" },
        { "Refused.OtherLawForbids", "（三）不予公开", "2.其他法律行政法规禁止公开" },
        { "Refused.Endangers", "（三）不予公开", "3.危及“三安全一稳定”" },
        { "Refused.ThirdParty", "（三）不予公开", "4.保护第三方合法权益" },
        { "Refused.InternalAffairs", "（三）不予公开", "5.属于三类内部事务信息" },
        { "Refused.ProcessInfo", "（三）不予公开", "6.属于四类过程性信息" },
        { "Refused.EnforcementFile", "（三）不予公开", "7.属于行政执法案卷" },
        { "Refused.QueryMatter", "（三）不予公开", "8.属于行政查询事项" },
        { "Unable.NotHeld", "（四）无法提供", "1.本机关不掌握相关政府信息" },
        { "Unable.NeedsCreating", "（四）无法提供", "2.没有现成信息需要另行制作" },
        { "Unable.Unclear", "（四）无法提供", "3.补正后申请内容仍不明确" },
        { "NotHandled.Petition", "（五）不予处理", "1.信访举报投诉类申请" },
        { "NotHandled.Repeat", "（五）不予处理", "2.重复申请" },
        { "NotHandled.Publication", "（五）不予处理", "3.要求提供公开出版物" },
        { "NotHandled.Excessive", "（五）不予处理", "4.无正当理由大量反复申请" },
        { "NotHandled.ConfirmOrReissue", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息" },
        { "Other.NoCorrection", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请" },
        { "Other.FeeUnpaid", "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" },
        { "Other.Other", "（六）其他处理", "3.其他" },
    };

    [Theory]
    [MemberData(nameof(ReportRows))]
    public void Given_a_row_of_table_three_When_looked_up_by_key_Then_group_and_row_labels_match_the_template(
        string key, string groupLabel, string rowLabel)
    {
        var label = Assert.Single(OutcomeLabels.All, l => l.ReportKey == key);

        Assert.Equal(groupLabel, label.GroupLabel);
        Assert.Equal(rowLabel, label.RowLabel);
        Assert.Equal(groupLabel, OutcomeLabels.GroupLabel(label.Group));
        Assert.Same(label, OutcomeLabels.For(label.Outcome));
    }

    [Fact]
    public void Given_the_table_When_listed_Then_it_has_21_rows_in_template_order_one_per_outcome()
    {
        var keysInTemplateOrder = ReportRows.Select(row => (string)row[0]).ToArray();

        Assert.Equal(21, OutcomeLabels.All.Count);
        Assert.Equal(keysInTemplateOrder, OutcomeLabels.All.Select(l => l.ReportKey).ToArray());
        Assert.Equal(Enum.GetValues<RequestOutcome>(), OutcomeLabels.All.Select(l => l.Outcome).ToArray());
    }

    [Fact]
    public void Given_the_table_When_keys_and_names_are_compared_Then_none_repeats()
    {
        Assert.Equal(21, OutcomeLabels.All.Select(l => l.ReportKey).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(21, OutcomeLabels.All.Select(l => l.DisplayName).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Given_each_outcome_When_its_group_is_read_Then_the_key_prefix_names_the_same_group()
    {
        foreach (var label in OutcomeLabels.All)
        {
            Assert.Equal(label.Group.ToString(), label.ReportKey.Split('.')[0]);
        }
    }

    [Theory]
    [InlineData(RequestOutcome.Granted, "第三十六条第（二）项")]
    [InlineData(RequestOutcome.PartlyGranted, "第三十七条")]
    [InlineData(RequestOutcome.RefusedStateSecret, "第十四条")]
    [InlineData(RequestOutcome.RefusedThirdParty, "第十五条")]
    [InlineData(RequestOutcome.RefusedProcessInfo, "第十六条")]
    [InlineData(RequestOutcome.UnableNotHeld, "第三十六条第（四）项")]
    [InlineData(RequestOutcome.UnableNeedsCreating, "第三十八条")]
    [InlineData(RequestOutcome.UnableUnclear, "第三十条")]
    [InlineData(RequestOutcome.NotHandledPetition, "第三十九条")]
    [InlineData(RequestOutcome.NotHandledPublication, "第三十九条")]
    [InlineData(RequestOutcome.NotHandledRepeat, "第三十六条第（六）项")]
    [InlineData(RequestOutcome.NotHandledExcessive, "第三十五条")]
    public void Given_an_outcome_When_its_legal_basis_is_read_Then_it_cites_the_article_of_the_regulation(
        RequestOutcome outcome, string article)
    {
        var basis = OutcomeLabels.For(outcome).LegalBasis;

        Assert.StartsWith("《中华人民共和国政府信息公开条例》", basis);
        Assert.Contains(article, basis);
    }

    [Fact]
    public void Given_every_refusal_by_ground_When_its_legal_basis_is_read_Then_it_cites_item_three_of_article_36()
    {
        var byGround = OutcomeLabels.All.Where(l => l.Group == OutcomeGroup.Refused && l.Outcome != RequestOutcome.RefusedQueryMatter);

        Assert.All(byGround, l => Assert.Contains("第三十六条第（三）项", l.LegalBasis));
    }

    [Fact]
    public void Given_an_undefined_outcome_When_looked_up_Then_it_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeLabels.For((RequestOutcome)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeLabels.GroupLabel((OutcomeGroup)99));
    }
}
