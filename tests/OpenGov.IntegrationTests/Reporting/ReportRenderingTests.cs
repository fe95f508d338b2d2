using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using static OpenGov.IntegrationTests.Reporting.ReportingApi;
using static OpenGov.IntegrationTests.Requests.RequestsApi;

namespace OpenGov.IntegrationTests.Reporting;

/// <summary>One report, three forms over HTTP: JSON, HTML laid out like the template, and DOCX; public once published.</summary>
public sealed class ReportRenderingTests(ReportingFixture fixture) : ReportingTest(fixture)
{
    /// <summary>annual-report.md §1, copied from the document.</summary>
    private static readonly string[] SectionHeadings =
    [
        "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
    ];

    /// <summary>Every label of table 三, annual-report.md §4, copied from the document (not from the code).</summary>
    private static readonly string[] ApplicationTableLabels =
    [
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人", "法人或其他组织", "总计",
        "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
        "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果", "（一）予以公开",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
        "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
        "（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
        "（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
        "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他",
        "（七）总计", "四、结转下年度继续办理",
    ];

    [Fact]
    public async Task Given_a_report_When_asked_for_html_docx_or_json_Then_each_is_the_template_and_the_public_route_waits_for_publication()
    {
        var admin = await AdminAsync();
        var unit = await RequestUnitAsync(admin, "测试县司法局", "justice");
        var request = await RegisterAsync(unit, "InPerson", "2026-03-09", applicant: Applicant("周一", "NaturalPerson", "ID-周一"));
        await ReplyAsync(unit, await DecideAsync(unit, request, "Granted", "2026-03-23"), "2026-03-23");
        var report = await CreateAsync(unit.Editor, 2026, unit.UnitId);

        using var json = await unit.Editor.GetAsync(ReportUrl(report));
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);

        using var htmlRequest = new HttpRequestMessage(HttpMethod.Get, ReportUrl(report));
        htmlRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var html = await unit.Editor.SendAsync(htmlRequest);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var page = await html.Content.ReadAsStringAsync();
        Assert.Contains("<h1>测试县司法局2026年政府信息公开工作年度报告</h1>", page);

        // The six headings, in order.
        var positions = SectionHeadings.Select(h => page.IndexOf($"<h2>{h}</h2>", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(6, CountOf(page, "<h2>"));

        // Table 三 carries every label of the template as a whole cell, character for character.
        var start = page.IndexOf("<table id=\"table-applications\"", StringComparison.Ordinal);
        var table = page[start..page.IndexOf("</table>", start, StringComparison.Ordinal)];
        Assert.All(ApplicationTableLabels, label => Assert.Contains($">{label}</t", table));
        Assert.Equal(3 + 25, CountOf(table, "<tr>"));
        Assert.DoesNotContain("小计", table);

        using var docx = await unit.Editor.GetAsync(ReportUrl(report) + "?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        using (var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync()))
        using (var document = WordprocessingDocument.Open(stream, false))
        {
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.All(SectionHeadings, h => Assert.Contains(h, text));
            Assert.Contains("3.危及“三安全一稳定”", text);
        }

        var publicUrl = $"/api/public/reporting/annual-reports/2026/{unit.UnitId}";
        await ProblemAsync(await Anonymous().GetAsync(publicUrl), HttpStatusCode.NotFound, "reporting.not_published");

        report = await SubmitAcceptPublishAsync(unit.Leader, admin, report);
        var published = await ReadAsync(await Anonymous().GetAsync(publicUrl));
        Assert.Equal(report["id"]!.GetValue<Guid>(), published["id"]!.GetValue<Guid>());
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], Row(published, "Granted"));

        using var publicHtmlRequest = new HttpRequestMessage(HttpMethod.Get, publicUrl);
        publicHtmlRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var publicHtml = await Anonymous().SendAsync(publicHtmlRequest);
        Assert.Equal("text/html", publicHtml.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>测试县司法局2026年政府信息公开工作年度报告</h1>", await publicHtml.Content.ReadAsStringAsync());
        using var publicDocx = await Anonymous().GetAsync(publicUrl + "?format=docx");
        Assert.Equal(HttpStatusCode.OK, publicDocx.StatusCode);
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
