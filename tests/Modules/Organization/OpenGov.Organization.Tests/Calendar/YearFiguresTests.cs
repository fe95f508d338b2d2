using OpenGov.Organization.Domain.Calendar;
using Xunit;
using static OpenGov.Organization.Tests.Calendar.Dates;

namespace OpenGov.Organization.Tests.Calendar;

/// <summary>The per-year "Checks for tests" table of holidays.md.</summary>
public sealed class YearFiguresTests
{
    [Theory]
    [InlineData(2023, 18, 7, 249)]
    [InlineData(2024, 19, 8, 251)]
    [InlineData(2025, 18, 5, 248)]
    [InlineData(2026, 19, 6, 248)]
    public void Year_has_the_documented_weekdays_off_make_up_days_and_working_days(
        int year, int weekdaysOff, int weekendMakeUpDays, int workingDays)
    {
        var calendar = WorkingCalendar.Official;
        var days = DaysOfYear(year).ToArray();
        static bool IsWeekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

        Assert.Equal(weekdaysOff, days.Count(d => !IsWeekend(d) && !calendar.IsWorkingDay(d)));
        Assert.Equal(weekendMakeUpDays, days.Count(d => IsWeekend(d) && calendar.IsWorkingDay(d)));
        Assert.Equal(workingDays, days.Count(calendar.IsWorkingDay));
    }

    [Theory]
    [InlineData(2023, 249)]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void Prefix_count_over_a_whole_year_equals_the_documented_working_days(int year, int workingDays)
    {
        // 'from' itself is not examined, so 31 December 2022 may serve as the start although 2022 is unknown.
        var count = WorkingCalendar.Official.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31));

        Assert.Equal(workingDays, count);
    }

    [Fact]
    public void Official_calendar_covers_exactly_2023_to_2026()
    {
        Assert.Equal([2023, 2024, 2025, 2026], WorkingCalendar.Official.CoveredYears);
    }
}
