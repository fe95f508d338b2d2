using OpenGov.Organization.Domain.Calendar;
using Xunit;
using static OpenGov.Organization.Tests.Calendar.Dates;

namespace OpenGov.Organization.Tests.Calendar;

/// <summary>County-local overrides win over the national notice and over the weekday rule.</summary>
public sealed class LocalAdjustmentTests
{
    private static WorkingCalendar WithAdjustments(params LocalAdjustment[] adjustments) =>
        new(OfficialCalendar.Data.NoticeYears, OfficialCalendar.Data.Spans, adjustments);

    [Fact]
    public void Given_a_weekday_declared_off_When_asked_Then_it_is_a_rest_day_and_deadlines_skip_it()
    {
        var calendar = WithAdjustments(new LocalAdjustment(D("2025-03-12"), false, "县域防汛应急停工"));

        Assert.False(calendar.IsWorkingDay(D("2025-03-12")));
        Assert.Equal(D("2025-03-13"), calendar.AddWorkingDays(D("2025-03-11"), 1));
        Assert.Equal(1, calendar.WorkingDaysBetween(D("2025-03-11"), D("2025-03-13")));
        Assert.True(WorkingCalendar.Official.IsWorkingDay(D("2025-03-12")));
    }

    [Fact]
    public void Given_a_sunday_declared_working_When_asked_Then_it_is_a_working_day_and_counts()
    {
        var calendar = WithAdjustments(new LocalAdjustment(D("2025-03-16"), true, "县人代会期间集中办公"));

        Assert.True(calendar.IsWorkingDay(D("2025-03-16")));
        Assert.Equal(D("2025-03-16"), calendar.AddWorkingDays(D("2025-03-14"), 1));
        Assert.Equal(2, calendar.WorkingDaysBetween(D("2025-03-14"), D("2025-03-17")));
        Assert.False(WorkingCalendar.Official.IsWorkingDay(D("2025-03-16")));
    }

    [Fact]
    public void Local_adjustment_wins_over_the_notice_in_both_directions()
    {
        var calendar = WithAdjustments(
            new LocalAdjustment(D("2025-09-28"), false, "调休上班日本县另行安排"),
            new LocalAdjustment(D("2025-10-08"), true, "国庆值守"));

        Assert.False(calendar.IsWorkingDay(D("2025-09-28")));
        Assert.True(calendar.IsWorkingDay(D("2025-10-08")));
        Assert.Equal(D("2025-10-08"), calendar.AddWorkingDays(D("2025-09-30"), 1));
    }

    [Fact]
    public void Work_span_wins_over_an_off_span_for_the_same_date()
    {
        var spans = new[]
        {
            new CalendarSpan(2025, CalendarEntryKind.Work, D("2025-03-15"), D("2025-03-15"), null),
            new CalendarSpan(2025, CalendarEntryKind.Off, D("2025-03-14"), D("2025-03-16"), null),
        };
        var calendar = new WorkingCalendar([2025], spans, []);

        Assert.False(calendar.IsWorkingDay(D("2025-03-14")));
        Assert.True(calendar.IsWorkingDay(D("2025-03-15")));
        Assert.False(calendar.IsWorkingDay(D("2025-03-16")));
    }

    [Fact]
    public void Adjustment_in_an_uncovered_year_does_not_make_that_year_known()
    {
        var calendar = WithAdjustments(new LocalAdjustment(D("2027-01-04"), true, "提前录入"));

        Assert.False(calendar.Covers(D("2027-01-04")));
        Assert.Throws<CalendarYearNotCoveredException>(() => calendar.IsWorkingDay(D("2027-01-04")));
    }

    [Fact]
    public void Two_adjustments_for_one_date_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => WithAdjustments(
            new LocalAdjustment(D("2025-03-12"), false, "甲"),
            new LocalAdjustment(D("2025-03-12"), true, "乙")));
    }
}
