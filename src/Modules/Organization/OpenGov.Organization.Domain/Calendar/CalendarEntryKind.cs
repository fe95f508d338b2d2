namespace OpenGov.Organization.Domain.Calendar;

/// <summary>Kind of a record in the yearly 国务院办公厅 holiday notice.</summary>
public enum CalendarEntryKind
{
    /// <summary>Rest days (放假), possibly a multi-day span that includes joined weekends.</summary>
    Off = 1,

    /// <summary>A Saturday or Sunday worked in place of a weekday taken off (调休上班日).</summary>
    Work = 2,
}
