using System.Text.RegularExpressions;
using OpenGov.Organization.Domain.Calendar;

namespace OpenGov.Organization.Tests.CalendarYears;

/// <summary>Title and 文号 of each year must match the reviewed holidays.md.</summary>
public sealed partial class DocumentNumberTests
{
    // "**国务院办公厅关于2023年部分节假日安排的通知**, 国办发明电〔2022〕16号, dated 2022-12-08."
    [GeneratedRegex(@"^\*\*(?<title>国务院办公厅关于(?<year>\d{4})年部分节假日安排的通知)\*\*, (?<number>国办发明电〔\d{4}〕\d+号)", RegexOptions.Multiline)]
    private static partial Regex NoticeLine();

    [Theory]
    [InlineData(2023, "国办发明电〔2022〕16号")]
    [InlineData(2024, "国办发明电〔2023〕7号")]
    [InlineData(2025, "国办发明电〔2024〕12号")]
    [InlineData(2026, "国办发明电〔2025〕7号")]
    public void DocumentNumberOf_gives_the_number_of_holidays_md(int year, string number)
    {
        Assert.Equal(number, OfficialCalendarYears.DocumentNumberOf(year));
    }

    [Fact]
    public void DocumentNumberOf_and_TitleOf_agree_with_every_notice_in_holidays_md()
    {
        var doc = SharedDocs.Read("holidays.md");
        var notices = NoticeLine().Matches(doc).ToDictionary(m => int.Parse(m.Groups["year"].Value), m => m);

        Assert.Equal([2023, 2024, 2025, 2026], notices.Keys.Order());
        foreach (var (year, match) in notices)
        {
            Assert.Equal(match.Groups["number"].Value, OfficialCalendarYears.DocumentNumberOf(year));
            Assert.Equal(match.Groups["title"].Value, OfficialCalendarYears.TitleOf(year));
        }
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Year_header_of_the_block_names_the_same_document_number(int year)
    {
        var header = OfficialCalendarYears.TextByYear[year].Split('\n')[0];

        Assert.Contains($"({OfficialCalendarYears.DocumentNumberOf(year)},", header, StringComparison.Ordinal);
    }
}
