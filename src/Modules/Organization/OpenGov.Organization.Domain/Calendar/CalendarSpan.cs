namespace OpenGov.Organization.Domain.Calendar;

/// <summary>
/// One record of a holiday notice. <paramref name="NoticeYear"/> names the notice, which is not always
/// the calendar year of the dates (元旦 may start in December of the previous year).
/// </summary>
public sealed record CalendarSpan(
    int NoticeYear,
    CalendarEntryKind Kind,
    DateOnly Start,
    DateOnly End,
    string? HolidayName);
