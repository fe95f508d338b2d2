using OpenGov.Organization.Domain.Calendar;
using Xunit;
using static OpenGov.Organization.Tests.Calendar.Dates;

namespace OpenGov.Organization.Tests.Calendar;

/// <summary>Behaviour at the edges of the known data: an unknown year is never guessed (GEN-1).</summary>
public sealed class YearEdgeTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Official;

    [Fact]
    public void Given_2022_When_asking_whether_new_years_eve_works_Then_it_throws_naming_2022()
    {
        // 2022-12-31 is inside the 2023 notice's 元旦 span, yet the 2022 notice itself is not entered.
        var day = D("2022-12-31");

        Assert.False(Calendar.Covers(day));
        var ex = Assert.Throws<CalendarYearNotCoveredException>(() => Calendar.IsWorkingDay(day));
        Assert.Equal(2022, ex.Year);
        Assert.Equal("2022年的工作日安排尚未录入，无法计算期限", ex.Message);
    }

    [Fact]
    public void Last_day_of_2026_is_covered_and_a_working_thursday()
    {
        var day = D("2026-12-31");

        Assert.True(Calendar.Covers(day));
        Assert.True(Calendar.IsWorkingDay(day));
    }

    [Fact]
    public void First_day_of_2027_is_not_covered()
    {
        Assert.False(Calendar.Covers(D("2027-01-01")));
        var ex = Assert.Throws<CalendarYearNotCoveredException>(() => Calendar.IsWorkingDay(D("2027-01-04")));
        Assert.Equal(2027, ex.Year);
    }

    [Theory]
    [InlineData("2026-12-31", 1)]
    [InlineData("2026-12-30", 2)]
    [InlineData("2026-12-20", 30)]
    public void Given_late_december_2026_When_adding_working_days_into_2027_Then_it_throws_naming_2027(string from, int days)
    {
        var ex = Assert.Throws<CalendarYearNotCoveredException>(() => Calendar.AddWorkingDays(D(from), days));

        Assert.Equal(2027, ex.Year);
        Assert.Contains("2027年", ex.Message);
    }

    [Fact]
    public void Adding_working_days_that_stay_inside_2026_does_not_throw()
    {
        // 12-30 (Wed) -> 12-31 (Thu) is the last known working day.
        Assert.Equal(D("2026-12-31"), Calendar.AddWorkingDays(D("2026-12-30"), 1));
    }

    [Fact]
    public void Given_an_uncovered_start_When_every_examined_day_is_covered_Then_the_count_succeeds()
    {
        // 2023-01-01 (Sun) and 01-02 (元旦 make-up day off) rest; 01-03 (Tue) is the first working day.
        Assert.Equal(D("2023-01-03"), Calendar.AddWorkingDays(D("2022-12-31"), 1));
    }

    [Fact]
    public void Walking_back_from_early_2023_into_2022_throws_naming_2022()
    {
        var ex = Assert.Throws<CalendarYearNotCoveredException>(() => Calendar.AddWorkingDays(D("2023-01-03"), -1));

        Assert.Equal(2022, ex.Year);
    }

    [Fact]
    public void Counting_working_days_into_2027_throws_naming_2027()
    {
        var ex = Assert.Throws<CalendarYearNotCoveredException>(() => Calendar.WorkingDaysBetween(D("2026-12-01"), D("2027-01-05")));

        Assert.Equal(2027, ex.Year);
    }

    [Fact]
    public void Counting_backwards_into_2022_throws_naming_2022()
    {
        var ex = Assert.Throws<CalendarYearNotCoveredException>(() => Calendar.WorkingDaysBetween(D("2023-02-01"), D("2022-12-30")));

        Assert.Equal(2022, ex.Year);
    }

    [Fact]
    public void Zero_days_from_an_uncovered_date_returns_it_without_examining_anything()
    {
        Assert.Equal(D("2030-06-01"), Calendar.AddWorkingDays(D("2030-06-01"), 0));
        Assert.Equal(0, Calendar.WorkingDaysBetween(D("2030-06-01"), D("2030-06-01")));
    }

    [Fact]
    public void Given_a_gap_between_covered_years_When_walking_across_it_Then_the_gap_year_is_named()
    {
        var calendar = new WorkingCalendar([2023, 2025], [], []);

        Assert.False(calendar.Covers(D("2024-06-03")));
        var ex = Assert.Throws<CalendarYearNotCoveredException>(() => calendar.AddWorkingDays(D("2023-12-29"), 1));
        Assert.Equal(2024, ex.Year);
        var between = Assert.Throws<CalendarYearNotCoveredException>(() => calendar.WorkingDaysBetween(D("2023-06-01"), D("2025-06-01")));
        Assert.Equal(2024, between.Year);
    }

    [Fact]
    public void Calendar_without_covered_years_knows_no_day()
    {
        var calendar = new WorkingCalendar([], [], []);

        Assert.Empty(calendar.CoveredYears);
        Assert.False(calendar.Covers(D("2025-03-03")));
        Assert.Throws<CalendarYearNotCoveredException>(() => calendar.IsWorkingDay(D("2025-03-03")));
        Assert.Throws<CalendarYearNotCoveredException>(() => calendar.AddWorkingDays(D("2025-03-03"), 1));
    }
}
