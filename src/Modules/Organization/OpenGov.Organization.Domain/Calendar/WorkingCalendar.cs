namespace OpenGov.Organization.Domain.Calendar;

/// <summary>
/// Answers 工作日 questions for statutory deadlines (GEN-1, GEN-2). Everything is precomputed into flat
/// per-day arrays because deadlines are computed in bulk; the instance is immutable so one can be shared
/// by all threads and replaced wholesale when the data changes.
/// </summary>
public sealed class WorkingCalendar
{
    private const byte Unknown = 0;
    private const byte Rest = 1;
    private const byte Working = 2;

    private static readonly Lazy<WorkingCalendar> LazyOfficial = new(() =>
        new WorkingCalendar(OfficialCalendar.Data.NoticeYears, OfficialCalendar.Data.Spans, []));

    // Index 0 is 1 January of the first covered year; gaps between covered years stay Unknown.
    private readonly int _firstDayNumber;
    private readonly byte[] _days;

    // _workingBefore[i] = number of working days among _days[0..i), so any interval count is one subtraction.
    private readonly int[] _workingBefore;

    public WorkingCalendar(
        IEnumerable<int> coveredYears,
        IEnumerable<CalendarSpan> spans,
        IEnumerable<LocalAdjustment> adjustments)
    {
        ArgumentNullException.ThrowIfNull(coveredYears);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(adjustments);

        var years = coveredYears.Distinct().Order().ToArray();
        foreach (var year in years)
        {
            if (year < DateOnly.MinValue.Year || year > DateOnly.MaxValue.Year)
            {
                throw new ArgumentOutOfRangeException(nameof(coveredYears), year, "覆盖年份必须在1至9999之间");
            }
        }

        CoveredYears = Array.AsReadOnly(years);
        if (years.Length == 0)
        {
            _days = [];
            _workingBefore = [0];
            return;
        }

        _firstDayNumber = new DateOnly(years[0], 1, 1).DayNumber;
        _days = new byte[new DateOnly(years[^1], 12, 31).DayNumber - _firstDayNumber + 1];
        foreach (var year in years)
        {
            FillWeekdays(year);
        }

        ApplySpans(spans.ToArray());
        ApplyAdjustments(adjustments.ToArray());
        _workingBefore = CountWorkingPrefix(_days);
    }

    public static WorkingCalendar Official => LazyOfficial.Value;

    public IReadOnlyList<int> CoveredYears { get; }

    public bool Covers(DateOnly date) => StateAt(IndexOf(date)) != Unknown;

    public bool IsWorkingDay(DateOnly date)
    {
        var state = StateAt(IndexOf(date));
        if (state == Unknown)
        {
            throw new CalendarYearNotCoveredException(date.Year);
        }

        return state == Working;
    }

    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        if (days == 0)
        {
            return from;
        }

        var step = days > 0 ? 1 : -1;
        var remaining = days;
        var index = IndexOf(from);
        while (true)
        {
            index += step;
            var state = StateAt(index);
            if (state == Unknown)
            {
                throw new CalendarYearNotCoveredException(YearAt(index));
            }

            if (state == Working)
            {
                remaining -= step;
                if (remaining == 0)
                {
                    return DateOnly.FromDayNumber(_firstDayNumber + index);
                }
            }
        }
    }

    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (from == to)
        {
            return 0;
        }

        if (from < to)
        {
            EnsureCovered(from.DayNumber + 1, to.DayNumber, ascending: true);
            return CountWorkingAfterUpTo(from, to);
        }

        EnsureCovered(to.DayNumber + 1, from.DayNumber, ascending: false);
        return -CountWorkingAfterUpTo(to, from);
    }

    // Working days d with after < d <= upTo; the caller has checked that every such d is covered.
    private int CountWorkingAfterUpTo(DateOnly after, DateOnly upTo) =>
        _workingBefore[IndexOf(upTo) + 1] - _workingBefore[IndexOf(after) + 1];

    // Coverage is by whole calendar year, so one probe per year suffices. The year reported is the
    // first uncovered one met in the direction of the walk, as AddWorkingDays would report it.
    private void EnsureCovered(int firstDayNumber, int lastDayNumber, bool ascending)
    {
        var firstYear = DateOnly.FromDayNumber(firstDayNumber).Year;
        var lastYear = DateOnly.FromDayNumber(lastDayNumber).Year;
        for (var i = 0; i <= lastYear - firstYear; i++)
        {
            var year = ascending ? firstYear + i : lastYear - i;
            if (StateAt(new DateOnly(year, 1, 1).DayNumber - _firstDayNumber) == Unknown)
            {
                throw new CalendarYearNotCoveredException(year);
            }
        }
    }

    private void FillWeekdays(int year)
    {
        var first = new DateOnly(year, 1, 1);
        var start = first.DayNumber - _firstDayNumber;
        var length = DateTime.IsLeapYear(year) ? 366 : 365;
        for (var offset = 0; offset < length; offset++)
        {
            var weekday = first.AddDays(offset).DayOfWeek;
            _days[start + offset] = weekday is DayOfWeek.Saturday or DayOfWeek.Sunday ? Rest : Working;
        }
    }

    // Off spans first, then Work spans, so that a make-up day wins over a break if both name it.
    private void ApplySpans(CalendarSpan[] spans)
    {
        foreach (var span in spans)
        {
            ArgumentNullException.ThrowIfNull(span, nameof(spans));
            if (span.End < span.Start)
            {
                throw new ArgumentException(
                    $"区间结束日期 {CalendarDataParser.FormatDate(span.End)} 早于开始日期 {CalendarDataParser.FormatDate(span.Start)}",
                    nameof(spans));
            }

            if (span.Kind is not (CalendarEntryKind.Off or CalendarEntryKind.Work))
            {
                throw new ArgumentException($"未知的日历条目类型 {(int)span.Kind}", nameof(spans));
            }
        }

        foreach (var span in spans.Where(s => s.Kind == CalendarEntryKind.Off))
        {
            SetRange(span.Start, span.End, Rest);
        }

        foreach (var span in spans.Where(s => s.Kind == CalendarEntryKind.Work))
        {
            SetRange(span.Start, span.End, Working);
        }
    }

    private void ApplyAdjustments(LocalAdjustment[] adjustments)
    {
        var seen = new HashSet<DateOnly>();
        foreach (var adjustment in adjustments)
        {
            ArgumentNullException.ThrowIfNull(adjustment, nameof(adjustments));

            // Two overrides of one date would make the result depend on input order.
            if (!seen.Add(adjustment.Date))
            {
                throw new ArgumentException($"日期 {CalendarDataParser.FormatDate(adjustment.Date)} 存在多条本地调整", nameof(adjustments));
            }

            SetRange(adjustment.Date, adjustment.Date, adjustment.IsWorkingDay ? Working : Rest);
        }
    }

    // Days of uncovered years are skipped: data must never make a year known by accident
    // (the 2023 notice, for instance, starts on 2022-12-31).
    private void SetRange(DateOnly start, DateOnly end, byte state)
    {
        var first = Math.Max(IndexOf(start), 0);
        var last = Math.Min(IndexOf(end), _days.Length - 1);
        for (var index = first; index <= last; index++)
        {
            if (StateAt(index) != Unknown)
            {
                _days[index] = state;
            }
        }
    }

    private static int[] CountWorkingPrefix(byte[] days)
    {
        var prefix = new int[days.Length + 1];
        for (var i = 0; i < days.Length; i++)
        {
            prefix[i + 1] = prefix[i] + (days[i] == Working ? 1 : 0);
        }

        return prefix;
    }

    private int IndexOf(DateOnly date) => date.DayNumber - _firstDayNumber;

    private byte StateAt(int index) => (uint)index < (uint)_days.Length ? _days[index] : Unknown;

    // A walk can step past the ends of DateOnly's range; report the notional year instead of crashing.
    private int YearAt(int index)
    {
        var dayNumber = (long)_firstDayNumber + index;
        if (dayNumber < DateOnly.MinValue.DayNumber)
        {
            return DateOnly.MinValue.Year - 1;
        }

        return dayNumber > DateOnly.MaxValue.DayNumber
            ? DateOnly.MaxValue.Year + 1
            : DateOnly.FromDayNumber((int)dayNumber).Year;
    }
}
