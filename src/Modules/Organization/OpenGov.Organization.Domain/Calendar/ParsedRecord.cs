namespace OpenGov.Organization.Domain.Calendar;

/// <summary>A syntactically valid record, kept with its line so that later cross-line checks can point at it.</summary>
internal sealed record ParsedRecord(int LineNumber, string Line, CalendarSpan Span);
