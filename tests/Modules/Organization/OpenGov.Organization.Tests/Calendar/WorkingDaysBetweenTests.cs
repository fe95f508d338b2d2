using OpenGov.Organization.Domain.Calendar;
using Xunit;
using static OpenGov.Organization.Tests.Calendar.Dates;

namespace OpenGov.Organization.Tests.Calendar;

/// <summary>WorkingDaysBetween counts working days d with from &lt; d &lt;= to, the inverse of AddWorkingDays.</summary>
public sealed class WorkingDaysBetweenTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Official;

    [Fact]
    public void Counting_is_the_inverse_of_adding_for_every_start_in_2025_and_up_to_25_days()
    {
        foreach (var day in DaysOfYear(2025))
        {
            for (var n = 1; n <= 25; n++)
            {
                var deadline = Calendar.AddWorkingDays(day, n);

                Assert.Equal(n, Calendar.WorkingDaysBetween(day, deadline));
                Assert.Equal(-n, Calendar.WorkingDaysBetween(deadline, day));
                Assert.Equal(deadline, Calendar.AddWorkingDays(Calendar.AddWorkingDays(deadline, -n), n));
            }
        }
    }

    [Fact]
    public void Counting_agrees_with_a_day_by_day_count_across_year_boundaries()
    {
        var start = D("2023-01-01");
        var end = D("2026-12-31");
        for (var from = start; from <= end; from = from.AddDays(37))
        {
            for (var to = from; to <= end; to = to.AddDays(53))
            {
                var expected = 0;
                for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
                {
                    expected += Calendar.IsWorkingDay(d) ? 1 : 0;
                }

                Assert.Equal(expected, Calendar.WorkingDaysBetween(from, to));
            }
        }
    }

    [Theory]
    [InlineData("2025-10-01")]
    [InlineData("2025-10-09")]
    [InlineData("2026-12-31")]
    public void Same_date_counts_zero(string date)
    {
        Assert.Equal(0, Calendar.WorkingDaysBetween(D(date), D(date)));
    }

    [Theory]
    [InlineData("2025-09-30", "2025-10-09", 1)]   // the whole 国庆节 break counts nothing
    [InlineData("2025-09-26", "2025-10-30", 20)]  // see AddWorkingDaysTests
    [InlineData("2025-10-01", "2025-10-08", 0)]   // inside the break
    [InlineData("2026-02-10", "2026-03-16", 20)]
    public void Counts_match_the_hand_computed_cases_and_reverse_to_negative(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(from), D(to)));
        Assert.Equal(-expected, Calendar.WorkingDaysBetween(D(to), D(from)));
    }
}
