using OpenGov.Organization.Domain.Calendar;
using Xunit;
using static OpenGov.Organization.Tests.Calendar.Dates;

namespace OpenGov.Organization.Tests.Calendar;

/// <summary>Both edges of every 2025 and 2026 break, and every make-up working day of those years.</summary>
public sealed class HolidayBoundaryTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Official;

    [Theory]
    // holiday,         last working before, first day off, last day off, first working after
    [InlineData("元旦", "2024-12-31", "2025-01-01", "2025-01-01", "2025-01-02")]
    [InlineData("春节", "2025-01-27", "2025-01-28", "2025-02-04", "2025-02-05")]
    [InlineData("清明节", "2025-04-03", "2025-04-04", "2025-04-06", "2025-04-07")]
    [InlineData("劳动节", "2025-04-30", "2025-05-01", "2025-05-05", "2025-05-06")]
    [InlineData("端午节", "2025-05-30", "2025-05-31", "2025-06-02", "2025-06-03")]
    [InlineData("国庆节、中秋节", "2025-09-30", "2025-10-01", "2025-10-08", "2025-10-09")]
    [InlineData("元旦", "2025-12-31", "2026-01-01", "2026-01-03", "2026-01-04")]   // back to work on a make-up Sunday
    [InlineData("春节", "2026-02-14", "2026-02-15", "2026-02-23", "2026-02-24")]   // last day before is a make-up Saturday
    [InlineData("清明节", "2026-04-03", "2026-04-04", "2026-04-06", "2026-04-07")]
    [InlineData("劳动节", "2026-04-30", "2026-05-01", "2026-05-05", "2026-05-06")]
    [InlineData("端午节", "2026-06-18", "2026-06-19", "2026-06-21", "2026-06-22")]
    [InlineData("中秋节", "2026-09-24", "2026-09-25", "2026-09-27", "2026-09-28")]
    [InlineData("国庆节", "2026-09-30", "2026-10-01", "2026-10-07", "2026-10-08")]
    public void Break_is_framed_by_working_days_and_rests_throughout(
        string holiday, string lastWorkingBefore, string firstOff, string lastOff, string firstWorkingAfter)
    {
        var before = D(lastWorkingBefore);
        var after = D(firstWorkingAfter);

        Assert.True(Calendar.IsWorkingDay(before));
        Assert.False(Calendar.IsWorkingDay(D(firstOff)));
        Assert.False(Calendar.IsWorkingDay(D(lastOff)));
        Assert.True(Calendar.IsWorkingDay(after));

        // One working day after the last one before the break lands after the break: nothing in between works.
        Assert.Equal(after, Calendar.AddWorkingDays(before, 1));
        Assert.Equal(before, Calendar.AddWorkingDays(after, -1));

        // The break is exactly one "off" record of the notice, carrying the holiday's name.
        Assert.Contains(
            OfficialCalendar.Data.Spans,
            s => s.Kind == CalendarEntryKind.Off && s.Start == D(firstOff) && s.End == D(lastOff) && s.HolidayName == holiday);
    }

    [Theory]
    [InlineData("2025-01-26", DayOfWeek.Sunday, "春节")]
    [InlineData("2025-02-08", DayOfWeek.Saturday, "春节")]
    [InlineData("2025-04-27", DayOfWeek.Sunday, "劳动节")]
    [InlineData("2025-09-28", DayOfWeek.Sunday, "国庆节、中秋节")]
    [InlineData("2025-10-11", DayOfWeek.Saturday, "国庆节、中秋节")]
    [InlineData("2026-01-04", DayOfWeek.Sunday, "元旦")]
    [InlineData("2026-02-14", DayOfWeek.Saturday, "春节")]
    [InlineData("2026-02-28", DayOfWeek.Saturday, "春节")]
    [InlineData("2026-05-09", DayOfWeek.Saturday, "劳动节")]
    [InlineData("2026-09-20", DayOfWeek.Sunday, "国庆节")]
    [InlineData("2026-10-10", DayOfWeek.Saturday, "国庆节")]
    public void Make_up_weekend_day_is_a_working_day(string date, DayOfWeek weekday, string holiday)
    {
        var day = D(date);

        Assert.Equal(weekday, day.DayOfWeek);
        Assert.True(Calendar.IsWorkingDay(day));
        Assert.Contains(
            OfficialCalendar.Data.Spans,
            s => s.Kind == CalendarEntryKind.Work && s.Start == day && s.End == day && s.HolidayName == holiday);
    }

    [Fact]
    public void Rows_above_cover_every_break_and_make_up_day_of_2025_and_2026()
    {
        // 6 + 7 breaks and 5 + 6 make-up days are listed above; a new record in the data must get a row too.
        var spans = OfficialCalendar.Data.Spans.Where(s => s.NoticeYear >= 2025).ToArray();

        Assert.Equal(13, spans.Count(s => s.Kind == CalendarEntryKind.Off));
        Assert.Equal(11, spans.Count(s => s.Kind == CalendarEntryKind.Work));
    }
}
