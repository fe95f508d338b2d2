using System.Globalization;
using System.Xml.Linq;
using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Infrastructure.Rendering;
using static OpenGov.Reporting.Tests.Rendering.HtmlPage;

namespace OpenGov.Reporting.Tests.Rendering;

public sealed class ReportHtmlTableTests
{
    // Row spans of the groups under 三、本年度办理结果, copied from annual-report.md §4.
    private static readonly Dictionary<string, int> GroupSpans = new()
    {
        ["（三）不予公开"] = 8,
        ["（四）无法提供"] = 3,
        ["（五）不予处理"] = 5,
        ["（六）其他处理"] = 3,
    };

    private static HtmlPage Render(ReportContent? content = null) =>
        new(ReportHtml.Render(RenderingSamples.Document(content)));

    private static XElement Applications(HtmlPage page) => page.Table("table-applications");

    [Fact]
    public void Given_table_three_When_rendered_Then_it_has_28_rows_and_the_three_header_rows_with_their_spans()
    {
        var rows = Rows(Applications(Render()));

        Assert.Equal(28, rows.Count);
        var note = Cells(rows[0])[0];
        Assert.Equal(OfficialTemplate.HeaderNote, note.Value);
        Assert.Equal((3, 3), (Span(note, "rowspan"), Span(note, "colspan")));
        Assert.Equal(["申请人情况"], Cells(rows[0]).Skip(1).Select(c => c.Value));
        Assert.Equal(7, Span(Cells(rows[0])[1], "colspan"));

        Assert.Equal(["自然人", "法人或其他组织", "总计"], Texts(rows[1]));
        Assert.Equal([(2, 1), (1, 5), (2, 1)], Cells(rows[1]).Select(c => (Span(c, "rowspan"), Span(c, "colspan"))));
        Assert.Equal(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"], Texts(rows[2]));
        Assert.All(Cells(rows[2]), c => Assert.Equal((1, 1), (Span(c, "rowspan"), Span(c, "colspan"))));
    }

    [Fact]
    public void Given_table_three_When_rendered_Then_each_body_row_has_its_template_labels_spans_and_seven_figures()
    {
        var body = Rows(Applications(Render())).Skip(3).ToList();

        Assert.Equal(OfficialTemplate.ApplicationRows.Length, body.Count);
        for (var i = 0; i < body.Count; i++)
        {
            var (first, second, third) = OfficialTemplate.ApplicationRows[i];
            var cells = Cells(body[i]);
            var labels = cells.Take(cells.Count - 7).ToList();
            Assert.Equal(new[] { first, second, third }.OfType<string>(), labels.Select(c => c.Value));

            foreach (var label in labels)
            {
                var expected = label.Value switch
                {
                    "三、本年度办理结果" => (22, 1),
                    _ when label.Value == first => (1, 3),
                    _ when GroupSpans.TryGetValue(label.Value, out var rows) => (rows, 1),
                    _ when label.Value == second => (1, 2),
                    _ => (1, 1),
                };
                Assert.Equal(expected, (Span(label, "rowspan"), Span(label, "colspan")));
            }

            var figures = cells.Skip(labels.Count).Select(c => c.Value);
            Assert.Equal(Enumerable.Range(0, 7).Select(c => Text(RenderingSamples.ApplicationCell(i, c))), figures);
        }
    }

    [Fact]
    public void Given_table_three_When_rendered_Then_every_label_appears_exactly_once()
    {
        var texts = Rows(Applications(Render())).SelectMany(Texts).ToList();
        var labels = OfficialTemplate.ApplicationRows.SelectMany(r => new[] { r.Column1, r.Column2, r.Column3 }).OfType<string>()
            .Concat([OfficialTemplate.HeaderNote, "申请人情况", "法人或其他组织"]).Concat(OfficialTemplate.ApplicantColumns);

        Assert.All(labels, label => Assert.Single(texts, t => t == label));
        Assert.Equal(10 + (25 * 7) + 30, texts.Count); // header cells, figures, the 30 row labels
    }

    [Fact]
    public void Given_the_worked_example_When_rendered_Then_its_rows_print_and_missing_rows_print_zeros()
    {
        var rows = Rows(Applications(Render(RenderingSamples.WorkedExample()))).Skip(3).ToList();
        string[] Figures(int i) => [.. Texts(rows[i]).TakeLast(7)];

        Assert.Equal(["5", "1", "0", "0", "0", "0", "6"], Figures(0));
        Assert.Equal(["1", "0", "0", "0", "0", "0", "1"], Figures(1));
        Assert.Equal(["3", "0", "0", "0", "0", "0", "3"], Figures(2));
        Assert.Equal(["0", "0", "0", "0", "0", "0", "0"], Figures(3));
        Assert.Equal(["2", "1", "0", "0", "0", "0", "3"], Figures(12));
        Assert.Equal(["5", "1", "0", "0", "0", "0", "6"], Figures(23));
        Assert.Equal(["1", "0", "0", "0", "0", "0", "1"], Figures(24));
    }

    [Fact]
    public void Given_table_two_When_rendered_Then_it_has_14_rows_with_the_template_spans_and_figures_in_place()
    {
        var rows = Rows(Render().Table("table-proactive"));

        Assert.Equal(14, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var expected = OfficialTemplate.ProactiveHeaderCells[i];
            Assert.Equal(expected, Texts(rows[i]).Take(expected.Length));
            Assert.Equal(4, Cells(rows[i]).Sum(c => Span(c, "colspan")));
        }

        Assert.All(new[] { 0, 4, 7, 11 }, i => Assert.Equal(4, Span(Cells(rows[i]).Single(), "colspan")));
        Assert.All(new[] { 5, 6, 8, 9, 10, 12, 13 }, i => Assert.Equal(3, Span(Cells(rows[i])[1], "colspan")));
        Assert.Equal(["规章", "501", "502", "503"], Texts(rows[2]));
        Assert.Equal(["行政规范性文件", "504", "505", "506"], Texts(rows[3]));
        Assert.Equal(["行政许可", "507"], Texts(rows[6]));
        Assert.Equal(["行政处罚", "508"], Texts(rows[9]));
        Assert.Equal(["行政强制", "509"], Texts(rows[10]));
        Assert.Equal(["行政事业性收费", "12.5"], Texts(rows[13]));
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("12.50", "12.5")]
    [InlineData("3.14", "3.14")]
    [InlineData("3.145", "3.15")]
    [InlineData("5949.088667", "5949.09")]
    [InlineData("7.000", "7")]
    [InlineData("0.004", "0")]
    [InlineData("1234567", "1234567")]
    public void Given_a_fee_income_When_rendered_Then_it_prints_in_wan_yuan_with_at_most_two_decimals(string fee, string printed)
    {
        var proactive = ProactiveFigures.Zero with { FeesTenThousandYuan = decimal.Parse(fee, CultureInfo.InvariantCulture) };
        var content = RenderingSamples.Distinct() with { Proactive = proactive };

        var rows = Rows(Render(content).Table("table-proactive"));

        Assert.Equal(["行政事业性收费", printed], Texts(rows[13]));
        Assert.Equal(["规章", "0", "0", "0"], Texts(rows[2]));
    }

    [Fact]
    public void Given_table_four_When_rendered_Then_it_has_the_three_header_rows_and_the_15_figures_in_order()
    {
        var rows = Rows(Render().Table("table-remedies"));

        Assert.Equal(4, rows.Count);
        Assert.Equal(["行政复议", "行政诉讼"], Texts(rows[0]));
        Assert.Equal([5, 10], Cells(rows[0]).Select(c => Span(c, "colspan")));

        var results = OfficialTemplate.RemedyResults;
        Assert.Equal([.. results, "未经复议直接起诉", "复议后起诉"], Texts(rows[1]));
        Assert.All(Cells(rows[1]).Take(5), c => Assert.Equal((2, 1), (Span(c, "rowspan"), Span(c, "colspan"))));
        Assert.All(Cells(rows[1]).Skip(5), c => Assert.Equal((1, 5), (Span(c, "rowspan"), Span(c, "colspan"))));
        Assert.Equal([.. results, .. results], Texts(rows[2]));
        Assert.Equal(Enumerable.Range(0, 15).Select(i => Text(RenderingSamples.RemedyCell(i))), Texts(rows[3]));
    }

    [Fact]
    public void Given_each_table_When_rendered_Then_header_rows_are_in_thead_and_the_figures_are_centred_cells()
    {
        var page = Render();

        Assert.Equal(3, Rows(page.Table("table-applications").Element("thead")!).Count);
        Assert.Equal(3, Rows(page.Table("table-remedies").Element("thead")!).Count);
        Assert.Null(page.Table("table-proactive").Element("thead"));
        Assert.All(Rows(page.Table("table-remedies"))[3].Elements(), c => Assert.Equal("num", (string?)c.Attribute("class")));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
