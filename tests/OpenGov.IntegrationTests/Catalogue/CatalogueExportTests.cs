using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using OpenGov.IntegrationTests.Infrastructure;
using static OpenGov.IntegrationTests.Catalogue.CatalogueApi;

namespace OpenGov.IntegrationTests.Catalogue;

/// <summary>The xlsx export in the official template layout (CAT-3, CAT-4, CAT-5).</summary>
public sealed class CatalogueExportTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly object SpecialItem = new
    {
        firstLevel = "预决算公开",
        secondLevel = "惠民补贴资金",
        content = "补贴对象、标准、金额",
        basis = "《中华人民共和国预算法》第十四条",
        deadline = "信息形成之日起3个工作日内",
        subject = "县财政局",
        channels = new[] { "GovernmentWebsite", "NoticeBoard", "Other" },
        otherChannel = "乡镇便民服务大厅",
        audiences = new[] { "Public", "SpecificGroup" },
        specificGroup = "低保对象",
        methods = new[] { "Proactive", "OnRequest" },
        levels = new[] { "County", "Township" },
    };

    [Fact]
    public async Task Given_a_published_catalogue_When_exported_Then_a_valid_workbook_in_the_official_layout()
    {
        var admin = await AdminAsync();
        var (unitId, editor) = await UnitWithEditorAsync(admin, SignInAsync);
        await PublishAsync(admin, editor, unitId, "D04", Item("部门预算"), SpecialItem);

        using var response = await editor.GetAsync($"/api/catalogue/units/{unitId}/export?domainCode=D04");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("XX县财政局财政预决算领域基层政务公开标准目录.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));

        var sheet = Assert.Single(doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>());
        var cells = Cells(doc, sheet);
        Assert.Equal("XX县财政局 财政预决算领域基层政务公开标准目录", cells["A1"]);
        Assert.Equal("财政预决算", sheet.Name!.Value);

        string[] merged = ["A1:N1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:J2", "K2:L2", "M2:N2"];
        Assert.Equal(merged, Merged(doc, sheet));

        var header1 = new Dictionary<string, string>
        {
            ["A2"] = "序号", ["B2"] = "公开事项", ["D2"] = "公开内容（要素）", ["E2"] = "公开依据", ["F2"] = "公开时限", ["G2"] = "公开主体",
            ["H2"] = "公开渠道和载体", ["I2"] = "公开对象", ["K2"] = "公开方式", ["M2"] = "公开层级",
            ["B3"] = "一级事项", ["C3"] = "二级事项", ["I3"] = "全社会", ["J3"] = "特定群体", ["K3"] = "主动", ["L3"] = "依申请", ["M3"] = "县级", ["N3"] = "乡级",
        };
        foreach (var (reference, text) in header1)
        {
            Assert.Equal(text, cells[reference]);
        }

        foreach (var covered in new[] { "C2", "J2", "L2", "N2", "A3", "D3", "E3", "F3", "G3", "H3" })
        {
            Assert.False(cells.ContainsKey(covered), covered);
        }

        // Row 4: a plain item; row 5: 特定群体 with its name, 其他 with its text, both methods and levels.
        Assert.Equal("1", cells["A4"]);
        Assert.Equal("部门预算", cells["C4"]);
        Assert.Equal("信息形成或者变更之日起20个工作日内", cells["F4"]);
        Assert.Equal("政府网站、公开查阅点", cells["H4"]);
        Assert.Equal("√", cells["I4"]);
        Assert.False(cells.ContainsKey("J4"));
        Assert.Equal("√", cells["K4"]);
        Assert.False(cells.ContainsKey("L4"));
        Assert.Equal("√", cells["M4"]);
        Assert.False(cells.ContainsKey("N4"));

        Assert.Equal("2", cells["A5"]);
        Assert.Equal("预决算公开", cells["B5"]);
        Assert.Equal("惠民补贴资金", cells["C5"]);
        Assert.Equal("补贴对象、标准、金额", cells["D5"]);
        Assert.Equal("信息形成之日起3个工作日内", cells["F5"]);
        Assert.Equal("县财政局", cells["G5"]);
        Assert.Equal("政府网站、社区/企事业单位/村公示栏（电子屏）、其他：乡镇便民服务大厅", cells["H5"]);
        Assert.Equal("√", cells["I5"]);
        Assert.Equal("√（低保对象）", cells["J5"]);
        Assert.Equal("√", cells["K5"]);
        Assert.Equal("√", cells["L5"]);
        Assert.Equal("√", cells["M5"]);
        Assert.Equal("√", cells["N5"]);
        Assert.False(cells.ContainsKey("A6"));
    }

    [Fact]
    public async Task Given_published_catalogues_When_exporting_unit_public_and_county_Then_one_sheet_per_domain_and_scopes_enforced()
    {
        var admin = await AdminAsync();
        var (finance, financeEditor) = await UnitWithEditorAsync(admin, SignInAsync);
        var (education, educationEditor) = await UnitWithEditorAsync(admin, SignInAsync, "XX县教育局", "edu-editor");
        await PublishAsync(admin, financeEditor, finance, "D04", Item("部门预算"));
        await PublishAsync(admin, financeEditor, finance, "D05", Item("重大项目"));
        await PublishAsync(admin, educationEditor, education, "D04", Item("部门预算"), Item("部门决算"));

        // One unit, all domains: a sheet per published domain, in domain order.
        using (var doc = await WorkbookAsync(financeEditor, $"/api/catalogue/units/{finance}/export"))
        {
            Assert.Equal(2, doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Count());
        }

        // Public download of the same.
        using (var doc = await WorkbookAsync(Anonymous(), $"/api/public/catalogue/units/{education}/export?domainCode=D04"))
        {
            var sheet = Assert.Single(doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>());
            Assert.Equal("部门决算", Cells(doc, sheet)["C5"]);
        }

        // County: rows grouped by unit, with the extension column 填报单位.
        using (var doc = await WorkbookAsync(admin, "/api/catalogue/export?domainCode=D04"))
        {
            var sheet = Assert.Single(doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>());
            var cells = Cells(doc, sheet);
            Assert.Equal("填报单位", cells["O2"]);
            Assert.Contains("O2:O3", Merged(doc, sheet));
            Assert.Contains("A1:O1", Merged(doc, sheet));
            string[] units = [cells["O4"], cells["O5"], cells["O6"]];
            Assert.Equal(3, units.Length);
            Assert.Equal(units.Order(StringComparer.Ordinal), units);
        }

        using (var doc = await WorkbookAsync(admin, "/api/catalogue/export"))
        {
            Assert.Equal(2, doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Count());
        }

        await ProblemAsync(await financeEditor.GetAsync("/api/catalogue/export"), HttpStatusCode.Forbidden);
        await ProblemAsync(await financeEditor.GetAsync($"/api/catalogue/units/{education}/export"), HttpStatusCode.Forbidden);
        await ProblemAsync(await Anonymous().GetAsync($"/api/catalogue/units/{finance}/export"), HttpStatusCode.Unauthorized);
        await ProblemAsync(await financeEditor.GetAsync($"/api/catalogue/units/{finance}/export?domainCode=D99"), HttpStatusCode.NotFound);
        await ProblemAsync(await financeEditor.GetAsync($"/api/catalogue/units/{finance}/export?domainCode=D01"), HttpStatusCode.NotFound);
        await ProblemAsync(await Anonymous().GetAsync($"/api/public/catalogue/units/{Guid.NewGuid()}/export"), HttpStatusCode.NotFound);
        await ProblemAsync(await admin.GetAsync($"/api/catalogue/units/{Guid.NewGuid()}/export"), HttpStatusCode.NotFound);
    }

    private static async Task<SpreadsheetDocument> WorkbookAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var doc = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        return doc;
    }

    /// <summary>Non-empty cells by reference; the export writes inline strings only.</summary>
    private static Dictionary<string, string> Cells(SpreadsheetDocument doc, Sheet sheet)
    {
        var part = (WorksheetPart)doc.WorkbookPart!.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Cell>()
            .Where(c => c.InlineString is not null)
            .ToDictionary(c => c.CellReference!.Value!, c => c.InlineString!.InnerText);
    }

    private static string[] Merged(SpreadsheetDocument doc, Sheet sheet)
    {
        var part = (WorksheetPart)doc.WorkbookPart!.GetPartById(sheet.Id!);
        return [.. part.Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!)];
    }
}
