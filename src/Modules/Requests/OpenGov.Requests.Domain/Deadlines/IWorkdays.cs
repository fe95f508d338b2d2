namespace OpenGov.Requests.Domain.Deadlines;

/// <summary>
/// The working-day arithmetic the statutory periods need (GEN-1, GEN-2). The application adapts the Organization
/// calendar to it; a day of a year the calendar does not know makes it throw, never guess.
/// </summary>
public interface IWorkdays
{
    /// <summary>The Nth working day after <paramref name="from"/>, which itself is not counted.</summary>
    DateOnly AddWorkingDays(DateOnly from, int days);

    /// <summary>Working days d with from &lt; d ≤ to.</summary>
    int WorkingDaysBetween(DateOnly from, DateOnly to);
}
