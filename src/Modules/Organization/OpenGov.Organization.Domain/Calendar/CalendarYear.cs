using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Organization.Domain.Calendar;

/// <summary>
/// One year's official arrangement (国务院办公厅关于XXXX年部分节假日安排的通知): its rest spans and make-up
/// working days, kept in the grammar of holidays.md so a DBA can read it and an administrator can
/// paste the next notice as it is. A year exists only once its notice is entered; a missing year is
/// unknown, never "weekends only" (GEN-1).
/// </summary>
public sealed class CalendarYear : AggregateRoot<int>
{
    private CalendarYear()
    {
    }

    public string NoticeTitle { get; private set; } = "";

    public string? DocumentNumber { get; private set; }

    /// <summary>The year's lines in the holidays.md grammar ("2026 off 2026-02-15..2026-02-23").</summary>
    public string Text { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public string? ChangeReason { get; private set; }

    public static CalendarYear Create(int year, string noticeTitle, string? documentNumber, string text, DateTimeOffset now)
    {
        var calendarYear = new CalendarYear { Id = year };
        calendarYear.Replace(noticeTitle, documentNumber, text, null, now);
        return calendarYear;
    }

    public void Replace(string noticeTitle, string? documentNumber, string text, string? reason, DateTimeOffset now)
    {
        NoticeTitle = noticeTitle.Trim();
        DocumentNumber = string.IsNullOrWhiteSpace(documentNumber) ? null : documentNumber.Trim();
        Text = text;
        ChangeReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        UpdatedAt = now;
        Raise(new CalendarChanged([Id], now));
    }
}

/// <summary>A county-local change of one date (a local holiday, or a day worked by decision), with its reason.</summary>
public sealed class CalendarAdjustment : AggregateRoot<Guid>
{
    private CalendarAdjustment()
    {
    }

    public DateOnly Date { get; private set; }

    public bool IsWorkingDay { get; private set; }

    public string Reason { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public static CalendarAdjustment Create(Guid id, DateOnly date, bool isWorkingDay, string reason, DateTimeOffset now)
    {
        var adjustment = new CalendarAdjustment { Id = id, Date = date, IsWorkingDay = isWorkingDay, Reason = reason.Trim(), CreatedAt = now };
        adjustment.Raise(new CalendarChanged([date.Year], now));
        return adjustment;
    }

    public void MarkRemoved(DateTimeOffset now) => Raise(new CalendarChanged([Date.Year], now));

    public LocalAdjustment ToLocalAdjustment() => new(Date, IsWorkingDay, Reason);
}

public sealed record CalendarChanged(IReadOnlyList<int> Years, DateTimeOffset OccurredAt) : IDomainEvent;
