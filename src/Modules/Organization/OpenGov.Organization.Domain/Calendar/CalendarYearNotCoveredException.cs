using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Organization.Domain.Calendar;

/// <summary>
/// Thrown when a computation needs a day of a year whose notice has not been entered.
/// Guessing "weekends only" would produce wrong statutory deadlines (GEN-1), so we fail loudly instead.
/// </summary>
public sealed class CalendarYearNotCoveredException : DomainException
{
    public CalendarYearNotCoveredException(int year)
        : base(ErrorCode, $"{year}年的工作日安排尚未录入，无法计算期限")
    {
        Year = year;
    }

    public const string ErrorCode = "calendar.year_not_covered";

    public int Year { get; }
}
