using OpenGov.Organization.Domain.Calendar;
using OpenGov.Requests.Domain.Deadlines;

namespace OpenGov.Requests.Tests.Deadlines;

/// <summary>The built-in national calendar 2023–2026 (holidays.md), as the request clock sees it.</summary>
internal sealed class OfficialWorkdays : IWorkdays
{
    public static readonly OfficialWorkdays Instance = new();

    public DateOnly AddWorkingDays(DateOnly from, int days) => WorkingCalendar.Official.AddWorkingDays(from, days);

    public int WorkingDaysBetween(DateOnly from, DateOnly to) => WorkingCalendar.Official.WorkingDaysBetween(from, to);
}
