using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Tests.Deadlines;

/// <summary>CAT-6: 公开时限 text and the rule parsed from it.</summary>
public sealed class DeadlineParserTests
{
    [Fact]
    public void Given_the_statutory_default_When_parsed_Then_20_working_days_from_formed_or_changed()
    {
        var rule = DeadlineParser.Parse("信息形成或者变更之日起20个工作日内");
        Assert.True(rule.IsParsed);
        Assert.Equal(DeadlineTrigger.FormedOrChanged, rule.Trigger);
        Assert.Equal(20, rule.Count);
        Assert.Equal(DeadlineUnit.WorkingDays, rule.Unit);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Given_no_text_When_parsed_Then_the_default_applies(string? text)
    {
        var rule = DeadlineParser.Parse(text);
        Assert.Equal(DeadlineRule.DefaultText, rule.Text);
        Assert.Equal(20, rule.Count);
    }

    [Theory]
    [InlineData("信息形成之日起3个工作日内", DeadlineTrigger.Formed, 3, DeadlineUnit.WorkingDays)]
    [InlineData("信息变更之日起十五日内", DeadlineTrigger.Changed, 15, DeadlineUnit.Days)]
    [InlineData("自批准之日起七日内", DeadlineTrigger.OtherEvent, 7, DeadlineUnit.Days)]
    [InlineData("二十个工作日", DeadlineTrigger.None, 20, DeadlineUnit.WorkingDays)]
    [InlineData("每年3个月内", DeadlineTrigger.None, 3, DeadlineUnit.Months)]
    public void Given_counted_text_When_parsed_Then_trigger_count_and_unit(string text, DeadlineTrigger trigger, int count, DeadlineUnit unit)
    {
        var rule = DeadlineParser.Parse(text);
        Assert.True(rule.IsParsed);
        Assert.Equal(trigger, rule.Trigger);
        Assert.Equal(count, rule.Count);
        Assert.Equal(unit, rule.Unit);
    }

    [Fact]
    public void Given_another_event_When_parsed_Then_the_event_is_named()
    {
        Assert.Equal("批准", DeadlineParser.Parse("自批准之日起七日内").TriggerEvent);
    }

    [Theory]
    [InlineData("实时公开", DeadlineQualitative.RealTime)]
    [InlineData("及时公开", DeadlineQualitative.Timely)]
    [InlineData("定期更新", DeadlineQualitative.Periodic)]
    public void Given_qualitative_text_When_parsed_Then_no_count_but_a_kind(string text, DeadlineQualitative kind)
    {
        var rule = DeadlineParser.Parse(text);
        Assert.True(rule.IsParsed);
        Assert.Null(rule.Count);
        Assert.Equal(kind, rule.Qualitative);
    }

    [Fact]
    public void Given_free_text_When_parsed_Then_kept_and_flagged()
    {
        var rule = DeadlineParser.Parse("按上级要求办理");
        Assert.False(rule.IsParsed);
        Assert.Equal("按上级要求办理", rule.Text);
        Assert.Null(rule.Count);
        Assert.Null(rule.Qualitative);
    }

    [Theory]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("二十", 20)]
    [InlineData("一百二十", 120)]
    [InlineData("两", 2)]
    public void Given_chinese_numerals_When_read_Then_value(string text, int value) =>
        Assert.Equal(value, DeadlineParser.NumberOf(text));
}
