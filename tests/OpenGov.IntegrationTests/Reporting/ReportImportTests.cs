using System.Net;
using System.Text;
using OpenGov.Reporting.Domain.Template;
using OpenGov.Reporting.Tests.Import;
using static OpenGov.IntegrationTests.Reporting.ReportingApi;

namespace OpenGov.IntegrationTests.Reporting;

/// <summary>Spreadsheets in: enforcement figures (every row checked before any is written) and past reports in the official layout.</summary>
public sealed class ReportImportTests(ReportingFixture fixture) : ReportingTest(fixture)
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string EnforcementImport = "/api/reporting/enforcement-figures/import";

    private static byte[] EnforcementSheet(params object?[][] rows)
    {
        var sheet = new SheetSpec("执法数据").Put(1, 1, "单位编号", "单位名称", "年度", "行政许可", "行政处罚", "行政强制", "行政事业性收费（元）");
        for (var i = 0; i < rows.Length; i++)
        {
            sheet.Put(i + 2, 1, rows[i]);
        }

        using var file = XlsxBuilder.Build([sheet]);
        return file.ToArray();
    }

    [Fact]
    public async Task Given_an_enforcement_sheet_When_uploading_Then_good_rows_are_written_and_one_bad_row_stops_all_with_its_cell_named()
    {
        var admin = await AdminAsync();
        var market = await RequestUnitAsync(admin, "测试县市场监督管理局", "market");
        var safety = await RequestUnitAsync(admin, "测试县应急管理局", "safety");

        var good = EnforcementSheet(
            [null, "测试县市场监督管理局", 2026, 30, 12, 4, 25000.5m],
            [safety.UnitId.ToString(), null, 2026, 0, 7, 2, 0]);
        Assert.Equal("2", await (await UploadAsync(admin, EnforcementImport, good, "执法数据.xlsx", Xlsx)).Content.ReadAsStringAsync());
        var m = await EnforcementAsync(market.Editor, market.UnitId, 2026);
        Assert.Equal((30, 12, 4, 25000.5m), (m["licensing"]!.GetValue<int>(), m["penalties"]!.GetValue<int>(), m["compulsions"]!.GetValue<int>(), m["administrativeFeesYuan"]!.GetValue<decimal>()));
        Assert.Equal(7, (await EnforcementAsync(safety.Editor, safety.UnitId, 2026))["penalties"]!.GetValue<int>());

        // The report prints the fee in 万元.
        var report = await CreateAsync(market.Editor, 2026, market.UnitId);
        Assert.Equal(30, Count(report, "licensing"));
        Assert.Equal(2.50005m, Proactive(report)["feesTenThousandYuan"]!.GetValue<decimal>());

        // Row 2 is fine, but rows 3–5 are not: nothing is written, and each bad cell is named by Excel row and column.
        var bad = EnforcementSheet(
            [null, "测试县市场监督管理局", 2026, 77, 12, 4, 0],
            [safety.UnitId.ToString(), null, 2026, -1, 7, 2, 0],
            [null, "测试县不存在局", 2026, 1, 1, 1, 0],
            [safety.UnitId.ToString(), null, 2025, 3, "很多", 0, 0]);
        var problem = await ProblemAsync(await UploadAsync(admin, EnforcementImport, bad, "执法数据.xlsx", Xlsx), HttpStatusCode.BadRequest, "reporting.import.invalid");
        Assert.Equal(["rows[3].行政许可", "rows[4].单位名称", "rows[5].行政处罚"], problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(30, (await EnforcementAsync(market.Editor, market.UnitId, 2026))["licensing"]!.GetValue<int>());
        Assert.Equal(0, (await EnforcementAsync(safety.Editor, safety.UnitId, 2025))["licensing"]!.GetValue<int>());

        var notXlsx = await ProblemAsync(await UploadAsync(admin, EnforcementImport, Encoding.UTF8.GetBytes("单位名称,年度\n"), "执法数据.csv", "text/csv"), HttpStatusCode.BadRequest);
        Assert.NotNull(notXlsx["errors"]!["file"]);

        // A unit's staff upload only their own unit's rows.
        await ProblemAsync(await UploadAsync(market.Editor, EnforcementImport, good, "执法数据.xlsx", Xlsx), HttpStatusCode.Forbidden, "reporting.own_unit_only");
    }

    [Fact]
    public async Task Given_an_oa_system_When_pushing_figures_Then_only_the_reporting_write_scope_may_and_only_for_its_unit()
    {
        var admin = await AdminAsync();
        var tax = await RequestUnitAsync(admin, "测试县住房和城乡建设局", "housing");
        var other = await RequestUnitAsync(admin, "测试县民政局", "civil");
        var oa = await OaClientAsync(admin, tax.UnitId, "reporting.write");
        var reader = await OaClientAsync(admin, tax.UnitId, "publication.read");
        object Row(Guid unitId, int licensing) => new { unitId, year = 2026, licensing, penalties = 2, compulsions = 1, administrativeFeesYuan = 1500.25m };

        var pushed = await oa.PutAsync("/api/reporting/enforcement-figures", Organization.OrgApi.JsonContent(new { rows = new[] { Row(tax.UnitId, 40) } }));
        Assert.Equal(HttpStatusCode.OK, pushed.StatusCode);
        // Pushing again replaces, with the same result.
        Assert.Equal(HttpStatusCode.OK, (await PutEnforcementAsync(oa, Row(tax.UnitId, 41))).StatusCode);
        var figures = await EnforcementAsync(tax.Editor, tax.UnitId, 2026);
        Assert.Equal(41, figures["licensing"]!.GetValue<int>());
        Assert.Equal(1500.25m, figures["administrativeFeesYuan"]!.GetValue<decimal>());

        await ProblemAsync(await PutEnforcementAsync(reader, Row(tax.UnitId, 99)), HttpStatusCode.Forbidden);
        await ProblemAsync(await PutEnforcementAsync(oa, Row(other.UnitId, 99)), HttpStatusCode.Forbidden, "reporting.own_unit_only");
        var invalid = await ProblemAsync(await PutEnforcementAsync(oa, new { unitId = tax.UnitId, year = 2026, licensing = -3, penalties = 0, compulsions = 0, administrativeFeesYuan = 0m }),
            HttpStatusCode.BadRequest);
        Assert.Contains(invalid["errors"]!.AsObject(), e => e.Key.Contains("Licensing", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(41, (await EnforcementAsync(tax.Editor, tax.UnitId, 2026))["licensing"]!.GetValue<int>());
    }

    [Fact]
    public async Task Given_a_past_report_in_the_official_xlsx_layout_When_importing_Then_201_with_its_numbers_and_a_non_xlsx_is_400()
    {
        var admin = await AdminAsync();
        var stats = await RequestUnitAsync(admin, "测试县统计局", "stats");

        var sheet = new SheetSpec("Sheet1");
        sheet.Put(1, 1, TemplateLabels.Proactive);
        var next = ReportTables.WriteProactive2021(sheet, 2, WorkedExample.Proactive, merged: true);
        sheet.Put(next + 1, 1, TemplateLabels.Applications);
        next = ReportTables.WriteApplications(sheet, next + 2, ReportTables.Rows2021(WorkedExample.Applications), merged: true);
        sheet.Put(next + 1, 1, TemplateLabels.Remedies);
        ReportTables.WriteRemedies(sheet, next + 2, WorkedExample.RemedyCells, merged: true);
        using var file = XlsxBuilder.Build([sheet]);

        var response = await ImportAsync(stats.Leader, stats.UnitId, 2024, file.ToArray(), "2024年报.xlsx", Xlsx);
        var report = await ReadAsync(response, HttpStatusCode.Created);
        Assert.EndsWith($"/api/reporting/annual-reports/{report["id"]}", response.Headers.Location!.ToString());
        Assert.Equal("Published", Status(report));
        Assert.Equal("Imported", report["source"]!.GetValue<string>());
        Assert.Equal(2024, report["year"]!.GetValue<int>());
        // The worked example of annual-report.md §6 and its sample figures.
        Assert.Equal(new[] { 3, 1, 12, 120, 45, 2 },
            new[] { Count(report, "normativeIssued"), Count(report, "normativeRepealed"), Count(report, "normativeInForce"), Count(report, "licensing"), Count(report, "penalties"), Count(report, "compulsions") });
        Assert.Equal(5949.088667m, Proactive(report)["feesTenThousandYuan"]!.GetValue<decimal>());
        Assert.Equal([5, 1, 0, 0, 0, 0, 6], Row(report, "NewReceived"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], Row(report, "CarriedIn"));
        Assert.Equal([3, 0, 0, 0, 0, 0, 3], Row(report, "Granted"));
        Assert.Equal([2, 1, 0, 0, 0, 0, 3], Row(report, "Unable.NotHeld"));
        Assert.Equal([5, 1, 0, 0, 0, 0, 6], Row(report, "TotalHandled"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], Row(report, "CarriedOut"));
        Assert.Equal([1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 1], Remedies(report));
        Assert.DoesNotContain(Issues(report), i => i["blocking"]!.GetValue<bool>());
        Assert.Equal(report["id"]!.GetValue<Guid>(),
            (await ReadAsync(await Anonymous().GetAsync($"/api/public/reporting/annual-reports/2024/{stats.UnitId}")))["id"]!.GetValue<Guid>());

        // The same year again is a conflict; a file that is not a workbook is refused.
        await ProblemAsync(await ImportAsync(stats.Leader, stats.UnitId, 2024, file.ToArray(), "2024年报.xlsx", Xlsx), HttpStatusCode.Conflict, "reporting.already_exists");
        await ProblemAsync(await ImportAsync(stats.Leader, stats.UnitId, 2023, Encoding.UTF8.GetBytes("这不是表格"), "2023年报.txt", "text/plain"),
            HttpStatusCode.BadRequest, "reporting.import.invalid");
        await ProblemAsync(await ImportAsync(stats.Leader, stats.UnitId, 2023, [0x50, 0x4B, 0x03, 0x04, 0x00], "2023年报.xlsx", Xlsx),
            HttpStatusCode.BadRequest, "reporting.import.invalid");
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync($"/api/public/reporting/annual-reports/2023/{stats.UnitId}")).StatusCode);
    }
}
