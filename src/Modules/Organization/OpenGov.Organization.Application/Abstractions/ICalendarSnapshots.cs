using OpenGov.Organization.Domain.Calendar;

namespace OpenGov.Organization.Application.Abstractions;

/// <summary>The calendar as loaded from the database, with the data it was built from (to explain a day).</summary>
public sealed record CalendarSnapshot(WorkingCalendar Calendar, IReadOnlyList<CalendarSpan> Spans, IReadOnlyList<LocalAdjustment> Adjustments);

/// <summary>
/// The current calendar, shared by every request and rebuilt after a change; other hosts pick a
/// change up within the cache lifetime (Calendar:CacheLifetime).
/// </summary>
public interface ICalendarSnapshots
{
    CalendarSnapshot Current { get; }

    void Invalidate();
}
