using OpenGov.Organization.Domain.Calendar;

namespace OpenGov.Organization.Tests.CalendarYears;

public sealed class OfficialCalendarYearsTests
{
    public static TheoryData<int> Years => new() { 2023, 2024, 2025, 2026 };

    [Fact]
    public void TextByYear_holds_exactly_2023_to_2026()
    {
        Assert.Equal([2023, 2024, 2025, 2026], OfficialCalendarYears.TextByYear.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Each_block_parses_without_errors_as_its_own_notice_year(int year)
    {
        var (data, errors) = CalendarDataParser.Parse(OfficialCalendarYears.TextByYear[year]);

        Assert.Empty(errors);
        Assert.NotNull(data);
        Assert.Equal([year], data.NoticeYears);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Each_block_yields_exactly_the_official_spans_of_its_notice(int year)
    {
        var (data, _) = CalendarDataParser.Parse(OfficialCalendarYears.TextByYear[year]);
        var expected = OfficialCalendar.Data.Spans.Where(s => s.NoticeYear == year).ToHashSet();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, data!.Spans.Count);
        Assert.True(expected.SetEquals(data.Spans), $"{year}: spans differ from OfficialCalendar.Data");
    }

    [Fact]
    public void Blocks_together_cover_every_official_span()
    {
        var fromBlocks = OfficialCalendarYears.TextByYear.Values
            .SelectMany(text => CalendarDataParser.Parse(text).Data!.Spans)
            .ToHashSet();

        Assert.True(fromBlocks.SetEquals(OfficialCalendar.Data.Spans));
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Each_block_starts_with_its_year_header(int year)
    {
        var firstLine = OfficialCalendarYears.TextByYear[year].Split('\n')[0];

        Assert.StartsWith($"# {year}: {OfficialCalendarYears.TitleOf(year)}", firstLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2022)]
    [InlineData(2027)]
    public void Year_without_notice_has_no_document_number(int year)
    {
        Assert.Null(OfficialCalendarYears.DocumentNumberOf(year));
        Assert.False(OfficialCalendarYears.TextByYear.ContainsKey(year));
    }
}
