namespace OpenGov.Organization.Contracts;

/// <summary>
/// The county's working-day calendar (GEN-1): the official national arrangement plus local
/// adjustments. Every method throws an exception whose <c>Code</c> is
/// <see cref="CalendarErrorCodes.YearNotCovered"/> (a <c>DomainException</c>) when it needs a day of a
/// year whose notice has not been entered: deadlines are never guessed.
/// </summary>
public interface IWorkingCalendar
{
    IReadOnlyList<int> CoveredYears { get; }

    bool Covers(DateOnly date);

    bool IsWorkingDay(DateOnly date);

    /// <summary>GEN-2: the Nth working day after <paramref name="from"/>, which itself is not counted; negative walks back.</summary>
    DateOnly AddWorkingDays(DateOnly from, int days);

    /// <summary>Working days d with from &lt; d ≤ to (negative when to &lt; from).</summary>
    int WorkingDaysBetween(DateOnly from, DateOnly to);
}

public static class CalendarErrorCodes
{
    public const string YearNotCovered = "calendar.year_not_covered";
}
