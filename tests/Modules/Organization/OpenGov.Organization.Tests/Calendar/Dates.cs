using System.Globalization;

namespace OpenGov.Organization.Tests.Calendar;

/// <summary>Test rows carry dates as ISO strings because attributes cannot hold DateOnly values.</summary>
internal static class Dates
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IEnumerable<DateOnly> DaysOfYear(int year)
    {
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
