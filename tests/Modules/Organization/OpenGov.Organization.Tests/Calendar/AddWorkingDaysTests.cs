using OpenGov.Organization.Domain.Calendar;
using Xunit;
using static OpenGov.Organization.Tests.Calendar.Dates;

namespace OpenGov.Organization.Tests.Calendar;

/// <summary>GEN-2: "自X之日起N个工作日内" — X is not counted, also when X is a rest day.</summary>
public sealed class AddWorkingDaysTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Official;

    [Fact]
    public void One_working_day_after_the_eve_of_national_day_2025_is_the_day_after_the_break()
    {
        Assert.Equal(D("2025-10-09"), Calendar.AddWorkingDays(D("2025-09-30"), 1));
    }

    [Fact]
    public void Twenty_working_days_from_friday_before_national_day_2025()
    {
        // From Fri 2025-09-26 (not counted):
        //  1 Sun 09-28 (调休上班)   2 Mon 09-29   3 Tue 09-30
        //  10-01..10-08 国庆节、中秋节 off
        //  4 Thu 10-09   5 Fri 10-10   6 Sat 10-11 (调休上班)   Sun 10-12 off
        //  7–11 Mon 10-13 .. Fri 10-17
        // 12–16 Mon 10-20 .. Fri 10-24
        // 17–20 Mon 10-27 .. Thu 10-30
        Assert.Equal(D("2025-10-30"), Calendar.AddWorkingDays(D("2025-09-26"), 20));
    }

    [Fact]
    public void Twenty_working_days_across_spring_festival_2026()
    {
        // From Tue 2026-02-10 (not counted):
        //  1 Wed 02-11   2 Thu 02-12   3 Fri 02-13   4 Sat 02-14 (调休上班)
        //  02-15..02-23 春节 off
        //  5 Tue 02-24   6 Wed 02-25   7 Thu 02-26   8 Fri 02-27   9 Sat 02-28 (调休上班)   Sun 03-01 off
        // 10–14 Mon 03-02 .. Fri 03-06
        // 15–19 Mon 03-09 .. Fri 03-13
        // 20    Mon 03-16
        Assert.Equal(D("2026-03-16"), Calendar.AddWorkingDays(D("2026-02-10"), 20));
    }

    [Theory]
    // A rest-day start is not counted either: the first working day after it is day 1.
    [InlineData("2025-10-01", 1, "2025-10-09")]
    [InlineData("2025-10-05", 3, "2025-10-11")]   // Thu 10-09, Fri 10-10, Sat 10-11 (调休上班)
    [InlineData("2025-10-01", 20, "2025-11-04")]  // 10-09..10-11 (3), 10-13..17 (8), 10-20..24 (13), 10-27..31 (18), 11-03, 11-04
    [InlineData("2025-02-08", 1, "2025-02-10")]   // Sat make-up day as start, Sun rest, Mon
    [InlineData("2026-01-03", 1, "2026-01-04")]   // last 元旦 day -> make-up Sunday
    public void Given_a_start_date_When_adding_working_days_Then_the_nth_working_day_after_it_is_returned(
        string from, int days, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(from), days));
    }

    [Theory]
    [InlineData("2025-10-09", -1, "2025-09-30")]
    [InlineData("2025-10-01", -1, "2025-09-30")]  // rest-day start walking back
    [InlineData("2025-10-09", -3, "2025-09-28")]  // 09-30, 09-29, then the Sun make-up day 09-28
    [InlineData("2026-02-24", -1, "2026-02-14")]  // Sat make-up day before 春节
    [InlineData("2025-02-05", -2, "2025-01-26")]  // 01-27 (Mon), then Sun make-up 01-26
    [InlineData("2026-03-16", -20, "2026-02-10")] // inverse of the spring festival case
    public void Given_negative_days_When_adding_Then_the_nth_working_day_before_is_returned(string from, int days, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(from), days));
    }

    [Theory]
    [InlineData("2025-10-03")]
    [InlineData("2025-03-12")]
    public void Zero_days_returns_the_start_date_even_on_a_rest_day(string from)
    {
        Assert.Equal(D(from), Calendar.AddWorkingDays(D(from), 0));
    }

    [Fact]
    public void Adding_working_days_does_not_allocate()
    {
        // Deadline queries call this tens of thousands of times per request.
        var from = D("2025-01-01");
        Calendar.AddWorkingDays(from, 20);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var last = from;
        for (var i = 0; i < 10_000; i++)
        {
            last = Calendar.AddWorkingDays(from.AddDays(i % 300), 20);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(last > from);
    }
}
