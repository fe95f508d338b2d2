using System.Globalization;

namespace OpenGov.Organization.Domain.Calendar;

/// <summary>
/// Parses the calendar grammar of holidays.md. Administrators paste each November notice in this form,
/// so every problem is reported at once with its line number instead of stopping at the first one.
/// </summary>
public static class CalendarDataParser
{
    // No notice joins more than a 9-day break; a longer span is almost certainly a typo in a date.
    private const int MaxSpanDays = 31;

    private const string OffKeyword = "off";
    private const string WorkKeyword = "work";
    private const string RangeSeparator = "..";

    private static readonly string[] ChineseWeekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public static (CalendarData? Data, IReadOnlyList<CalendarParseError> Errors) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var errors = new List<CalendarParseError>();
        var records = new List<ParsedRecord>();
        string? holidayName = null;

        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var lineNumber = index + 1;
            var content = line.Trim();
            if (content.Length == 0)
            {
                continue;
            }

            if (content[0] == '#')
            {
                holidayName = NextHolidayName(content[1..].Trim(), holidayName);
                continue;
            }

            var message = TryParseRecord(content, holidayName, out var span);
            if (message is null)
            {
                records.Add(new ParsedRecord(lineNumber, line, span!));
            }
            else
            {
                errors.Add(new CalendarParseError(lineNumber, line, message));
            }
        }

        CalendarConflictChecker.AddConflicts(records, errors);

        if (errors.Count > 0)
        {
            return (null, errors.OrderBy(e => e.LineNumber).ToArray().AsReadOnly());
        }

        var spans = records.Select(r => r.Span).ToArray().AsReadOnly();
        var noticeYears = spans.Select(s => s.NoticeYear).Distinct().Order().ToArray().AsReadOnly();
        return (new CalendarData(spans, noticeYears), Array.Empty<CalendarParseError>());
    }

    internal static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The year header ("# 2025: 国务院办公厅关于…") starts a new notice, so a holiday name
    // must not leak from the last holiday of the previous year into the next one.
    private static string? NextHolidayName(string comment, string? current)
    {
        if (IsYearHeader(comment))
        {
            return null;
        }

        return comment.Length == 0 ? current : comment;
    }

    private static bool IsYearHeader(string comment)
    {
        if (comment.Length < 4 || !comment[..4].All(char.IsAsciiDigit))
        {
            return false;
        }

        return comment.Length == 4 || comment[4] is ':' or '：' || char.IsWhiteSpace(comment[4]);
    }

    private static string? TryParseRecord(string content, string? holidayName, out CalendarSpan? span)
    {
        span = null;
        var fields = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 3)
        {
            return "格式错误：应为“<通知年份> off <日期>”、“<通知年份> off <开始日期>..<结束日期>”或“<通知年份> work <日期>”";
        }

        if (fields[0].Length != 4 || !fields[0].All(char.IsAsciiDigit))
        {
            return $"通知年份“{fields[0]}”无效，应为四位数字年份";
        }

        var noticeYear = int.Parse(fields[0], CultureInfo.InvariantCulture);
        return fields[1] switch
        {
            OffKeyword => TryParseOff(noticeYear, fields[2], holidayName, out span),
            WorkKeyword => TryParseWork(noticeYear, fields[2], holidayName, out span),
            _ => $"未知的关键字“{fields[1]}”，应为 off（放假）或 work（调休上班）",
        };
    }

    private static string? TryParseOff(int noticeYear, string field, string? holidayName, out CalendarSpan? span)
    {
        span = null;
        var separator = field.IndexOf(RangeSeparator, StringComparison.Ordinal);
        var startText = separator < 0 ? field : field[..separator];
        var endText = separator < 0 ? field : field[(separator + RangeSeparator.Length)..];

        if (!TryParseDate(startText, out var start))
        {
            return InvalidDate(startText);
        }

        if (!TryParseDate(endText, out var end))
        {
            return InvalidDate(endText);
        }

        if (end < start)
        {
            return $"结束日期 {FormatDate(end)} 早于开始日期 {FormatDate(start)}";
        }

        var days = end.DayNumber - start.DayNumber + 1;
        if (days > MaxSpanDays)
        {
            return $"放假区间共 {days} 天，超过 {MaxSpanDays} 天上限，请检查日期";
        }

        var outside = OutsideNotice(noticeYear, start) ?? OutsideNotice(noticeYear, end);
        if (outside is not null)
        {
            return outside;
        }

        span = new CalendarSpan(noticeYear, CalendarEntryKind.Off, start, end, holidayName);
        return null;
    }

    private static string? TryParseWork(int noticeYear, string field, string? holidayName, out CalendarSpan? span)
    {
        span = null;
        if (field.Contains(RangeSeparator, StringComparison.Ordinal))
        {
            return "work（调休上班）行只能有一个日期，不能是区间";
        }

        if (!TryParseDate(field, out var date))
        {
            return InvalidDate(field);
        }

        // A weekday is a working day anyway; listing it means the notice was misread.
        if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            return $"调休上班日 {FormatDate(date)} 是{ChineseWeekdays[(int)date.DayOfWeek]}，只有周六或周日才需要列为调休上班日";
        }

        var outside = OutsideNotice(noticeYear, date);
        if (outside is not null)
        {
            return outside;
        }

        span = new CalendarSpan(noticeYear, CalendarEntryKind.Work, date, date, holidayName);
        return null;
    }

    // A notice for year N reaches back into late December of N−1 (元旦, its make-up days) but never further.
    private static string? OutsideNotice(int noticeYear, DateOnly date) =>
        date.Year == noticeYear || date.Year == noticeYear - 1
            ? null
            : $"日期 {FormatDate(date)} 不在 {noticeYear} 年通知的范围内（应在 {noticeYear - 1} 年或 {noticeYear} 年）";

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string InvalidDate(string text) => $"日期“{text}”无效，应为 yyyy-MM-dd 格式的真实日期";
}
