using OpenGov.Organization.Domain.Calendar;
using Xunit;
using static OpenGov.Organization.Tests.Calendar.Dates;

namespace OpenGov.Organization.Tests.Calendar;

/// <summary>The "Single-date cases" table of holidays.md, row by row.</summary>
public sealed class SingleDateCasesTests
{
    [Theory]
    [InlineData("2023-01-02", DayOfWeek.Monday, false)]    // 元旦 make-up day off for Sunday 1/1
    [InlineData("2023-10-07", DayOfWeek.Saturday, true)]   // 调休上班
    [InlineData("2024-02-09", DayOfWeek.Friday, true)]     // 除夕 was not a holiday before 2025
    [InlineData("2024-02-04", DayOfWeek.Sunday, true)]     // 调休上班
    [InlineData("2025-01-28", DayOfWeek.Tuesday, false)]   // 除夕, statutory holiday from 2025
    [InlineData("2025-01-26", DayOfWeek.Sunday, true)]     // 调休上班
    [InlineData("2025-02-05", DayOfWeek.Wednesday, true)]  // first day back after 春节
    [InlineData("2025-06-02", DayOfWeek.Monday, false)]    // 端午节 (Saturday 5/31) made up on Monday
    [InlineData("2026-01-02", DayOfWeek.Friday, false)]    // 元旦 span
    [InlineData("2026-01-04", DayOfWeek.Sunday, true)]     // 调休上班
    [InlineData("2026-02-14", DayOfWeek.Saturday, true)]   // 调休上班
    [InlineData("2026-02-24", DayOfWeek.Tuesday, true)]    // first day back after 春节
    [InlineData("2026-09-20", DayOfWeek.Sunday, true)]     // 调休上班 (国庆节)
    [InlineData("2026-10-08", DayOfWeek.Thursday, true)]   // first day back after 国庆节
    [InlineData("2026-10-10", DayOfWeek.Saturday, true)]   // 调休上班
    public void Official_calendar_matches_the_documented_single_date_case(string date, DayOfWeek weekday, bool expectedWorking)
    {
        var day = D(date);

        // The weekday guards against a typo in the row itself.
        Assert.Equal(weekday, day.DayOfWeek);
        Assert.Equal(expectedWorking, WorkingCalendar.Official.IsWorkingDay(day));
    }
}
