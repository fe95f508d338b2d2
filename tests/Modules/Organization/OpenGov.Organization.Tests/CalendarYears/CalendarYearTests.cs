using OpenGov.Organization.Domain.Calendar;

namespace OpenGov.Organization.Tests.CalendarYears;

public sealed class CalendarYearTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Now.AddDays(3);
    private const string Text2026 = "# 元旦\n2026 off 2026-01-01..2026-01-03\n2026 work 2026-01-04\n";

    [Fact]
    public void Creating_a_year_raises_CalendarChanged_with_the_year()
    {
        var year = CalendarYear.Create(2026, " 通知标题 ", " 国办发明电〔2025〕7号 ", Text2026, Now);

        Assert.Equal(2026, year.Id);
        Assert.Equal("通知标题", year.NoticeTitle);
        Assert.Equal("国办发明电〔2025〕7号", year.DocumentNumber);
        Assert.Equal(Text2026, year.Text);
        Assert.Null(year.ChangeReason);
        Assert.Equal(Now, year.UpdatedAt);
        var changed = Assert.IsType<CalendarChanged>(Assert.Single(year.DomainEvents));
        Assert.Equal([2026], changed.Years);
        Assert.Equal(Now, changed.OccurredAt);
    }

    [Fact]
    public void Replacing_a_year_raises_CalendarChanged_with_the_year()
    {
        var year = CalendarYear.Create(2026, "通知标题", null, Text2026, Now);
        year.ClearDomainEvents();

        year.Replace("更正后的标题", "国办发明电〔2025〕7号", "2026 off 2026-01-01\n", " 更正元旦安排 ", Later);

        var changed = Assert.IsType<CalendarChanged>(Assert.Single(year.DomainEvents));
        Assert.Equal([2026], changed.Years);
        Assert.Equal(Later, changed.OccurredAt);
        Assert.Equal("更正后的标题", year.NoticeTitle);
        Assert.Equal("2026 off 2026-01-01\n", year.Text);
        Assert.Equal("更正元旦安排", year.ChangeReason);
        Assert.Equal(Later, year.UpdatedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Blank_document_number_and_reason_are_stored_as_null(string? blank)
    {
        var year = CalendarYear.Create(2026, "通知标题", "国办发明电〔2025〕7号", Text2026, Now);

        year.Replace("通知标题", blank, Text2026, blank, Later);

        Assert.Null(year.DocumentNumber);
        Assert.Null(year.ChangeReason);
    }

    [Fact]
    public void Local_adjustment_raises_CalendarChanged_for_its_date_year_on_create_and_removal()
    {
        var date = new DateOnly(2026, 12, 31);
        var adjustment = CalendarAdjustment.Create(Guid.NewGuid(), date, isWorkingDay: false, " 县庆 ", Now);

        Assert.Equal("县庆", adjustment.Reason);
        Assert.Equal([2026], Assert.IsType<CalendarChanged>(Assert.Single(adjustment.DomainEvents)).Years);
        Assert.Equal(new LocalAdjustment(date, false, "县庆"), adjustment.ToLocalAdjustment());

        adjustment.ClearDomainEvents();
        adjustment.MarkRemoved(Later);

        var removed = Assert.IsType<CalendarChanged>(Assert.Single(adjustment.DomainEvents));
        Assert.Equal([2026], removed.Years);
        Assert.Equal(Later, removed.OccurredAt);
    }
}
