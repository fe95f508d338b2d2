namespace OpenGov.Organization.Domain.Calendar;

/// <summary>The records of one or more holiday notices, in source order.</summary>
public sealed record CalendarData(IReadOnlyList<CalendarSpan> Spans, IReadOnlyList<int> NoticeYears);
