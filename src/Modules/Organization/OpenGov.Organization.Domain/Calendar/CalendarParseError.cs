namespace OpenGov.Organization.Domain.Calendar;

/// <summary>A problem on one line of calendar text; <see cref="Message"/> is shown to administrators.</summary>
public sealed record CalendarParseError(int LineNumber, string Line, string Message);
