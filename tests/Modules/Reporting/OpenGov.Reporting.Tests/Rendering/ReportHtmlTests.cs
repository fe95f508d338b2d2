using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Infrastructure.Rendering;
using static OpenGov.Reporting.Tests.Rendering.HtmlPage;

namespace OpenGov.Reporting.Tests.Rendering;

public sealed class ReportHtmlTests
{
    private static HtmlPage Render(ReportDocument? d = null) => new(ReportHtml.Render(d ?? RenderingSamples.Document()));

    [Fact]
    public void Given_a_report_When_rendered_Then_it_is_a_standalone_zh_cn_utf8_html5_page_with_the_title()
    {
        var page = Render();

        Assert.StartsWith("<!DOCTYPE html>", page.Html, StringComparison.Ordinal);
        Assert.Equal("zh-CN", (string?)page.Document.Root!.Attribute("lang"));
        var head = page.Document.Root.Element("head")!;
        Assert.Equal("utf-8", (string?)head.Element("meta")!.Attribute("charset"));
        Assert.Equal("某某县人民政府2024年政府信息公开工作年度报告", head.Element("title")!.Value);
        Assert.Contains("border", head.Element("style")!.Value, StringComparison.Ordinal);
        Assert.Equal("某某县人民政府2024年政府信息公开工作年度报告", page.Body.Element("h1")!.Value);
    }

    [Fact]
    public void Given_a_report_When_rendered_Then_the_six_section_headings_appear_in_order_character_exact()
    {
        var headings = Render().Body.Elements("h2").Select(h => h.Value).ToArray();

        Assert.Equal(OfficialTemplate.Headings, headings);
    }

    [Fact]
    public void Given_prose_When_rendered_Then_each_line_is_one_paragraph_in_its_section_and_the_opening_precedes_section_one()
    {
        var elements = Render().Body.Elements().ToList();
        string[] Between(string from, string? to)
        {
            var start = elements.FindIndex(e => e.Name == "h2" && e.Value == from) + 1;
            var end = to is null ? elements.Count : elements.FindIndex(e => e.Name == "h2" && e.Value == to);
            return [.. elements.Skip(start).Take(end - start).Select(e => e.Name.LocalName + ":" + e.Value)];
        }

        Assert.Equal(["h1", "p", "p", "h2"], elements.Take(4).Select(e => e.Name.LocalName));
        Assert.Equal(RenderingSamples.Opening.Split('\n'), elements.Skip(1).Take(2).Select(e => e.Value));
        Assert.Equal(RenderingSamples.Overview.Split('\n').Select(l => "p:" + l), Between("一、总体情况", "二、主动公开政府信息情况"));
        Assert.Equal(["p:" + RenderingSamples.Problems], Between("五、存在的主要问题及改进情况", "六、其他需要报告的事项"));
        Assert.Equal(["p:" + RenderingSamples.Other], Between("六、其他需要报告的事项", null));
    }

    [Fact]
    public void Given_prose_with_html_special_characters_When_rendered_Then_they_are_encoded_and_read_back_unchanged()
    {
        const string Hostile = "<script>alert(\"x\")</script> & <b>粗</b> 'q' > 1";
        var texts = new ReportTexts("开头", Hostile, "问题\r\n\r\n措施", "无。");
        var page = Render(RenderingSamples.Document(RenderingSamples.Distinct(texts)));

        Assert.DoesNotContain("<script>", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", page.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; &lt;b&gt;粗&lt;/b&gt; 'q' &gt; 1", page.Html, StringComparison.Ordinal);
        Assert.Contains(page.Body.Elements("p"), p => p.Value == Hostile);
        Assert.Empty(page.Body.Descendants("script"));
        Assert.Contains(page.Body.Elements("p"), p => p.Value == "问题");
        Assert.DoesNotContain(page.Body.Elements("p"), p => p.Value.Length == 0);
    }

    [Fact]
    public void Given_prose_with_control_characters_When_rendered_Then_they_are_dropped_and_the_page_stays_well_formed()
    {
        var texts = new ReportTexts("开\u0001头\u000B", "总体", "问题", "其他😀");
        var page = Render(RenderingSamples.Document(RenderingSamples.Distinct(texts)));

        Assert.Contains(page.Body.Elements("p"), p => p.Value == "开头");
        Assert.Contains(page.Body.Elements("p"), p => p.Value == "其他😀");
    }

    [Fact]
    public void Given_a_first_edition_When_rendered_Then_there_is_no_correction_note_and_a_draft_has_no_signature_date()
    {
        var page = Render();

        Assert.DoesNotContain("更正说明", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Body.Elements("p"), p => (string?)p.Attribute("class") == "signature");
    }

    [Fact]
    public void Given_a_correction_When_rendered_Then_the_correction_note_follows_the_title()
    {
        var page = Render(RenderingSamples.Document(edition: 2, reason: "表三“（七）总计”行自然人列数字有误，已更正。"));

        var second = page.Body.Elements().ElementAt(1);
        Assert.Equal("p", second.Name.LocalName);
        Assert.Equal("更正说明：表三“（七）总计”行自然人列数字有误，已更正。", second.Value);
    }

    [Fact]
    public void Given_a_correction_without_a_reason_When_rendered_Then_the_note_names_the_edition()
    {
        var page = Render(RenderingSamples.Document(edition: 3));

        Assert.Contains(page.Body.Elements("p"), p => p.Value.StartsWith("更正说明：", StringComparison.Ordinal) && p.Value.Contains("第3版", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_published_report_When_rendered_Then_it_ends_with_the_organ_and_the_beijing_date()
    {
        // 20:00 UTC on 19 January is already 20 January in Beijing.
        var page = Render(RenderingSamples.Document(publishedAt: new DateTimeOffset(2025, 1, 19, 20, 0, 0, TimeSpan.Zero)));

        var last = page.Body.Elements().TakeLast(2).Select(e => e.Value);
        Assert.Equal(["某某县人民政府", "2025年1月20日"], last);
    }
}
