using OpenGov.Organization.Domain.Calendar;
using Xunit;
using static OpenGov.Organization.Tests.Calendar.Dates;

namespace OpenGov.Organization.Tests.Calendar;

public sealed class CalendarDataParserTests
{
    [Fact]
    public void Official_text_parses_without_errors_into_the_documented_notice_years()
    {
        var (data, errors) = CalendarDataParser.Parse(OfficialCalendar.RawText);

        Assert.Empty(errors);
        Assert.NotNull(data);
        Assert.Equal([2023, 2024, 2025, 2026], data.NoticeYears);
        Assert.Equal(52, data.Spans.Count);
    }

    [Theory]
    // Counted from the tables of holidays.md: one "off" per holiday row, one "work" per make-up date.
    [InlineData(2023, 6, 7)]
    [InlineData(2024, 7, 8)]
    [InlineData(2025, 6, 5)]
    [InlineData(2026, 7, 6)]
    public void Official_text_has_the_documented_breaks_and_make_up_days_per_notice(int noticeYear, int offSpans, int workDates)
    {
        var spans = OfficialCalendar.Data.Spans.Where(s => s.NoticeYear == noticeYear).ToArray();

        Assert.Equal(offSpans, spans.Count(s => s.Kind == CalendarEntryKind.Off));
        Assert.Equal(workDates, spans.Count(s => s.Kind == CalendarEntryKind.Work));
        Assert.All(spans.Where(s => s.Kind == CalendarEntryKind.Work), s => Assert.Equal(s.Start, s.End));
        Assert.All(spans, s => Assert.False(string.IsNullOrEmpty(s.HolidayName)));
    }

    [Theory]
    [InlineData(2023, "2022-12-31", "2023-01-02", "元旦")]   // notice year differs from the start's calendar year
    [InlineData(2023, "2023-09-29", "2023-10-06", "中秋节、国庆节")]
    [InlineData(2024, "2023-12-30", "2024-01-01", "元旦")]
    [InlineData(2024, "2024-02-10", "2024-02-17", "春节")]
    [InlineData(2025, "2025-01-01", "2025-01-01", "元旦")]
    [InlineData(2025, "2025-10-01", "2025-10-08", "国庆节、中秋节")]
    [InlineData(2026, "2026-02-15", "2026-02-23", "春节")]
    public void Off_span_carries_notice_year_and_holiday_name(int noticeYear, string start, string end, string holiday)
    {
        Assert.Contains(
            new CalendarSpan(noticeYear, CalendarEntryKind.Off, D(start), D(end), holiday),
            OfficialCalendar.Data.Spans);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_parse_the_same()
    {
        var crlf = "\uFEFF" + OfficialCalendar.RawText.ReplaceLineEndings("\r\n");

        var (data, errors) = CalendarDataParser.Parse(crlf);

        Assert.Empty(errors);
        Assert.Equal(OfficialCalendar.Data.Spans, data!.Spans);
    }

    [Fact]
    public void Year_header_resets_the_holiday_name_and_an_empty_comment_keeps_it()
    {
        const string text = """
            2025 off 2025-01-01
            # 春节
            #
            2025 off 2025-01-28..2025-02-04
            # 2026: 国务院办公厅关于2026年部分节假日安排的通知
            2026 work 2026-01-04
            """;

        var (data, errors) = CalendarDataParser.Parse(text);

        Assert.Empty(errors);
        Assert.Equal([null, "春节", null], data!.Spans.Select(s => s.HolidayName));
        Assert.Equal([2025, 2026], data.NoticeYears);
    }

    [Fact]
    public void Empty_text_is_valid_and_holds_no_notice()
    {
        var (data, errors) = CalendarDataParser.Parse("# nothing yet\n\n");

        Assert.Empty(errors);
        Assert.Empty(data!.Spans);
        Assert.Empty(data.NoticeYears);
    }

    [Fact]
    public void Span_of_exactly_31_days_is_accepted()
    {
        var (data, errors) = CalendarDataParser.Parse("2025 off 2025-01-01..2025-01-31");

        Assert.Empty(errors);
        Assert.Single(data!.Spans);
    }

    [Theory]
    [InlineData("2025 off 2025-02-30", "日期“2025-02-30”无效")]
    [InlineData("2025 off 2025/01/28", "日期“2025/01/28”无效")]
    [InlineData("2025 off 2025-01-28..", "日期“”无效")]
    [InlineData("2025 off 2025-02-04..2025-01-28", "结束日期 2025-01-28 早于开始日期 2025-02-04")]
    [InlineData("2025 work 2025-02-05", "是星期三")]
    [InlineData("2025 holiday 2025-02-01", "未知的关键字“holiday”")]
    [InlineData("2025 OFF 2025-02-01", "未知的关键字“OFF”")]
    [InlineData("2025 off 2025-01-01..2025-02-01", "共 32 天，超过 31 天")]
    [InlineData("2025 work 2025-01-25..2025-01-26", "不能是区间")]
    [InlineData("2025 off", "格式错误")]
    [InlineData("2025 off 2025-01-01 # 元旦", "格式错误")]
    [InlineData("25 off 2025-01-01", "通知年份“25”无效")]
    [InlineData("2025 off 2023-05-01", "不在 2025 年通知的范围内")]
    [InlineData("2025 work 2026-01-04", "不在 2025 年通知的范围内")]
    public void Malformed_line_is_reported_with_its_line_number_and_a_chinese_message(string line, string expectedFragment)
    {
        var (data, errors) = CalendarDataParser.Parse("# 2025: 测试\n# 春节\n" + line + "\n2025 off 2025-10-01..2025-10-08\n");

        Assert.Null(data);
        var error = Assert.Single(errors);
        Assert.Equal(3, error.LineNumber);
        Assert.Equal(line, error.Line);
        Assert.Contains(expectedFragment, error.Message);
    }

    [Fact]
    public void All_errors_are_returned_at_once_in_line_order()
    {
        var lines = new[]
        {
            "# 2025: 测试通知",                      // 1
            "2025 off 2025-02-30",                  // 2 bad date
            "2025 work 2025-02-05",                 // 3 work on a Wednesday
            "2025 off 2025-05-01..2025-05-05",      // 4 valid
            "",                                     // 5
            "2025 off 2025-05-05..2025-05-06",      // 6 overlaps line 4
            "2025 work 2025-05-03",                 // 7 Saturday inside line 4's break
            "2025 work 2025-04-27",                 // 8 valid
            "2025 work 2025-04-27",                 // 9 duplicate of line 8
            "2025 vacation 2025-06-01",             // 10 unknown keyword
            "2025 off 2025-01-01..2025-03-01",      // 11 too long
        };

        var (data, errors) = CalendarDataParser.Parse(string.Join('\n', lines));

        Assert.Null(data);
        Assert.Equal([2, 3, 6, 7, 9, 10, 11], errors.Select(e => e.LineNumber));
        Assert.Contains("与第 4 行的放假区间重叠", errors.Single(e => e.LineNumber == 6).Message);
        Assert.Contains("落在第 4 行的放假区间内", errors.Single(e => e.LineNumber == 7).Message);
        Assert.Contains("与第 8 行重复", errors.Single(e => e.LineNumber == 9).Message);
        Assert.All(errors, e => Assert.Equal(lines[e.LineNumber - 1], e.Line));
    }
}
