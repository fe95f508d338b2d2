using OpenGov.Organization.Contracts;
using OpenGov.Requests.Domain.Deadlines;

namespace OpenGov.Requests.Application.Abstractions;

/// <summary>The Organization working calendar (GEN-1) as the request clock sees it.</summary>
internal sealed class CalendarWorkdays(IWorkingCalendar calendar) : IWorkdays
{
    public DateOnly AddWorkingDays(DateOnly from, int days) => calendar.AddWorkingDays(from, days);

    public int WorkingDaysBetween(DateOnly from, DateOnly to) => calendar.WorkingDaysBetween(from, to);
}
