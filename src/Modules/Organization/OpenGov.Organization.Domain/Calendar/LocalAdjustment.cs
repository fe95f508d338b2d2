namespace OpenGov.Organization.Domain.Calendar;

/// <summary>
/// A county-local override of one date (e.g. a local festival or an emergency work day).
/// It wins over the national notice but never makes an uncovered year known.
/// </summary>
public sealed record LocalAdjustment(DateOnly Date, bool IsWorkingDay, string Reason);
