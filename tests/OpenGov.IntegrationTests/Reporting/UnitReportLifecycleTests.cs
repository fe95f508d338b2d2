using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Catalogue;
using OpenGov.IntegrationTests.Publication;
using static OpenGov.IntegrationTests.Reporting.ReportingApi;
using static OpenGov.IntegrationTests.Requests.RequestsApi;

namespace OpenGov.IntegrationTests.Reporting;

/// <summary>A unit's report from its records to publication and correction (RPT-1..3, annual-report.md §3–§6).</summary>
public sealed class UnitReportLifecycleTests(ReportingFixture fixture) : ReportingTest(fixture)
{
    [Fact]
    public async Task Given_a_year_of_records_When_the_unit_report_is_drafted_reviewed_published_and_corrected_Then_tables_count_them_and_each_step_is_guarded()
    {
        var admin = await AdminAsync();
        var (pub, unit) = await UnitAsync(admin, "测试县财政局", "fin");
        var other = await RequestUnitAsync(admin, "测试县卫健局", "health");

        // 第二十条第（一）项: three 行政规范性文件 issued this year, one of them repealed; an ordinary record is not one.
        await PublicationApi.DraftReviewPublishAsync(pub, PublicationApi.Document("规范性文件甲", formedOn: "2026-03-02", kind: "NormativeDocument"));
        await PublicationApi.DraftReviewPublishAsync(pub, PublicationApi.Document("规范性文件乙", formedOn: "2026-04-01", kind: "NormativeDocument"));
        var repealed = await PublicationApi.DraftReviewPublishAsync(pub, PublicationApi.Document("规范性文件丙", formedOn: "2026-05-06", kind: "NormativeDocument"));
        await CatalogueApi.SendAsync(pub.Leader, HttpMethod.Post, PublicationApi.Url(repealed) + "/normative-status",
            new { status = "Repealed", effectiveOn = "2026-09-01", note = "县政府决定废止", version = PublicationApi.Version(repealed) });
        await PublicationApi.DraftReviewPublishAsync(pub, PublicationApi.Document("普通工作通知", formedOn: "2026-06-01"));

        // Table 三: one carried in from 2025, two answered, one still open at the year's end.
        var carried = await RegisterAsync(unit, "InPerson", "2025-12-15", applicant: Applicant("某商贸公司", "CommercialEnterprise", "91330000MA0001"));
        await ReplyAsync(unit, await DecideAsync(unit, carried, "Granted", "2026-01-09"), "2026-01-09");
        var granted = await RegisterAsync(unit, "InPerson", "2026-03-03", applicant: Applicant("李四", "NaturalPerson", "110101199001010011"));
        await ReplyAsync(unit, await DecideAsync(unit, granted, "Granted", "2026-03-20"), "2026-03-20");
        var refused = await RegisterAsync(unit, "InPerson", "2026-04-01", applicant: Applicant("某研究院", "ResearchInstitution", "12330000MB0002"));
        refused = await ReplyAsync(unit, await DecideAsync(unit, refused, "RefusedProcessInfo", "2026-04-15", "属于过程性信息"), "2026-04-15");
        await RegisterAsync(unit, "InPerson", "2026-10-12", applicant: Applicant("王五", "NaturalPerson", "110101199001010022"));

        // Table 四: a review upheld in the year, a lawsuit still open.
        var review = await FileRemedyAsync(unit, refused["id"]!.GetValue<Guid>(), "Reconsideration", false, "测复〔2026〕1号", "2026-05-06");
        await ConcludeRemedyAsync(unit, review, "Upheld", "2026-07-01");
        await FileRemedyAsync(unit, refused["id"]!.GetValue<Guid>(), "Litigation", false, "（2026）测行初1号", "2026-06-01");

        // 第二十条第（五）（六）（八）项 come from other systems: entered here, the fee in 元.
        Assert.Equal(1, (await ReadIntAsync(await PutEnforcementAsync(unit.Editor,
            new { unitId = unit.UnitId, year = 2026, licensing = 120, penalties = 45, compulsions = 3, administrativeFeesYuan = 12345.67m }))));

        var response = await PostCreateAsync(unit.Editor, 2026, unit.UnitId);
        var report = await ReadAsync(response, HttpStatusCode.Created);
        Assert.Equal($"/api/reporting/annual-reports/{report["id"]}", response.Headers.Location!.ToString());
        Assert.Equal("Draft", Status(report));
        Assert.Equal(1, report["edition"]!.GetValue<int>());
        Assert.Equal("测试县财政局2026年政府信息公开工作年度报告", report["title"]!.GetValue<string>());

        Assert.Equal(new[] { 0, 0, 0 }, new[] { Count(report, "rulesIssued"), Count(report, "rulesRepealed"), Count(report, "rulesInForce") });
        Assert.Equal(new[] { 3, 1, 2 }, new[] { Count(report, "normativeIssued"), Count(report, "normativeRepealed"), Count(report, "normativeInForce") });
        Assert.Equal(new[] { 120, 45, 3 }, new[] { Count(report, "licensing"), Count(report, "penalties"), Count(report, "compulsions") });
        Assert.Equal(1.234567m, Proactive(report)["feesTenThousandYuan"]!.GetValue<decimal>());

        Assert.Equal([2, 0, 1, 0, 0, 0, 3], Row(report, "NewReceived"));
        Assert.Equal([0, 1, 0, 0, 0, 0, 1], Row(report, "CarriedIn"));
        Assert.Equal([1, 1, 0, 0, 0, 0, 2], Row(report, "Granted"));
        Assert.Equal([0, 0, 1, 0, 0, 0, 1], Row(report, "Refused.ProcessInfo"));
        Assert.Equal([1, 1, 1, 0, 0, 0, 3], Row(report, "TotalHandled"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], Row(report, "CarriedOut"));
        Assert.All(RowKeys.Except(["NewReceived", "CarriedIn", "Granted", "Refused.ProcessInfo", "TotalHandled", "CarriedOut"]),
            key => Assert.Equal(new int[7], Row(report, key)));
        Assert.Equal([1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0], Remedies(report));
        // The proposed prose states the table's figures and the fee sentence: nothing to warn about.
        Assert.Empty(Issues(report));

        await ProblemAsync(await PostCreateAsync(unit.Editor, 2026, unit.UnitId), HttpStatusCode.Conflict, "reporting.already_exists");
        await ProblemAsync(await PostCreateAsync(other.Editor, 2026, unit.UnitId), HttpStatusCode.Forbidden, "reporting.own_unit_only");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Editor.GetAsync(ReportUrl(report))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostStepAsync(other.Leader, report, "Submit")).StatusCode);

        const string overview = "（一）主动公开情况\n全年新收政府信息公开申请3件，办结3件，结转下年度继续办理1件。";
        const string fee = "2026年，测试县财政局无收取信息处理费情况。";
        report = await ReadAsync(await PutTextsAsync(unit.Editor, report, overview, "一是公开平台栏目更新不够及时。", fee));
        Assert.Equal(overview, report["content"]!["texts"]!["overview"]!.GetValue<string>());

        await ProblemAsync(await PostStepAsync(unit.Editor, report, "Submit"), HttpStatusCode.Forbidden);
        report = await StepAsync(unit.Leader, report, "Submit");
        Assert.Equal("Submitted", Status(report));
        await ProblemAsync(await PostStepAsync(unit.Leader, report, "Accept"), HttpStatusCode.Forbidden, "reporting.county_office_only");
        await ProblemAsync(await PostStepAsync(unit.Leader, report, "Publish"), HttpStatusCode.Conflict, "reporting.not_accepted");
        await ProblemAsync(await PostStepAsync(admin, report, "Return"), HttpStatusCode.BadRequest);

        report = await StepAsync(admin, report, "Return", "表三“上年结转”请与上年报告核对");
        Assert.Equal("Draft", Status(report));
        Assert.StartsWith("表三“上年结转”请与上年报告核对（", report["returnReason"]!.GetValue<string>());

        report = await StepAsync(unit.Leader, report, "Submit");
        report = await StepAsync(admin, report, "Accept");
        Assert.Equal("Accepted", Status(report));
        report = await StepAsync(unit.Leader, report, "Publish");
        Assert.Equal("Published", Status(report));
        Assert.NotNull(report["publishedAt"]);

        await ProblemAsync(await PostStepAsync(unit.Leader, report, "Publish"), HttpStatusCode.Conflict, "reporting.already_published");
        await ProblemAsync(await PutTextsAsync(unit.Editor, report, overview, "改动", fee), HttpStatusCode.Conflict, "reporting.not_draft");

        var correction = await CorrectAsync(unit.Leader, report, "表二行政许可数量统计口径有误");
        Assert.Equal(2, correction["edition"]!.GetValue<int>());
        Assert.Equal("Draft", Status(correction));
        Assert.Equal("表二行政许可数量统计口径有误", correction["correctionReason"]!.GetValue<string>());
        Assert.Equal(report["id"]!.GetValue<Guid>(), correction["previousEditionId"]!.GetValue<Guid>());
        Assert.Equal(Row(report, "NewReceived"), Row(correction, "NewReceived"));
        Assert.Equal(overview, correction["content"]!["texts"]!["overview"]!.GetValue<string>());
        await ProblemAsync(await unit.Leader.PostAsync(ReportUrl(report) + "/corrections", Organization.OrgApi.JsonContent(new { reason = "再次更正", version = ReportVersion(report) })),
            HttpStatusCode.Conflict, "reporting.correction_exists");

        correction = await SubmitAcceptPublishAsync(unit.Leader, admin, correction);
        Assert.Equal("Published", Status(correction));

        var first = await GetReportAsync(unit.Editor, report);
        Assert.Equal("Superseded", Status(first));
        Assert.Equal(1, first["edition"]!.GetValue<int>());
        Assert.Equal([2, 0, 1, 0, 0, 0, 3], Row(first, "NewReceived"));

        var publicUrl = $"/api/public/reporting/annual-reports/2026/{unit.UnitId}";
        var current = await ReadAsync(await Anonymous().GetAsync(publicUrl));
        Assert.Equal(2, current["edition"]!.GetValue<int>());
        Assert.Equal("Published", Status(current));
        var old = await ReadAsync(await Anonymous().GetAsync(publicUrl + "?edition=1"));
        Assert.Equal(1, old["edition"]!.GetValue<int>());
        Assert.Equal("Superseded", Status(old));
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync(publicUrl + "?edition=3")).StatusCode);
    }

    [Fact]
    public async Task Given_a_draft_with_only_warnings_When_submitting_Then_it_goes_through()
    {
        var admin = await AdminAsync();
        var unit = await RequestUnitAsync(admin, "测试县交通运输局", "traffic");
        var request = await RegisterAsync(unit, "InPerson", "2026-02-02", applicant: Applicant("赵六", "NaturalPerson", "110101199001010033"));
        await ReplyAsync(unit, await DecideAsync(unit, request, "Granted", "2026-02-16"), "2026-02-16");
        var report = await CreateAsync(unit.Editor, 2026, unit.UnitId);
        Assert.Empty(Issues(report));

        // The prose states 5 received while the table counts 1 (V-S2), and 六 says nothing of the 信息处理费 (V-S3).
        report = await ReadAsync(await PutTextsAsync(unit.Editor, report, "全年新收政府信息公开申请5件。", "无。", "无。"));
        var issues = Issues(report);
        Assert.Equal(["V-S2", "V-S3"], issues.Select(i => i["rule"]!.GetValue<string>()).Order());
        Assert.All(issues, i => Assert.False(i["blocking"]!.GetValue<bool>()));
        var prose = Assert.Single(Issues(report, "V-S2"));
        Assert.Equal(5, prose["left"]!.GetValue<int>());
        Assert.Equal(1, prose["right"]!.GetValue<int>());

        report = await StepAsync(unit.Leader, report, "Submit");
        Assert.Equal("Submitted", Status(report));
        Assert.Equal(2, Issues(report).Count);
    }

    [Fact]
    public async Task Given_an_imported_report_failing_V1_When_it_is_corrected_Then_the_correction_cannot_be_submitted()
    {
        var admin = await AdminAsync();
        var unit = await RequestUnitAsync(admin, "测试县教育局", "edu");

        // 自然人: 2 received + 0 carried in, but 1 handled + 0 carried out.
        var content = Content(new Dictionary<string, int[]>
        {
            ["NewReceived"] = [2, 0, 0, 0, 0, 0, 2],
            ["Granted"] = [1, 0, 0, 0, 0, 0, 1],
            ["TotalHandled"] = [1, 0, 0, 0, 0, 0, 1],
        });
        var imported = await ImportJsonAsync(unit.Leader, unit.UnitId, 2025, content);
        Assert.Equal("Published", Status(imported));
        Assert.Equal("Imported", imported["source"]!.GetValue<string>());
        Assert.Equal([2, 0, 0, 0, 0, 0, 2], Row(imported, "NewReceived"));
        var v1 = Issues(imported, "V1");
        Assert.Equal(["自然人", "总计"], v1.Select(i => i["column"]!.GetValue<string>()));
        Assert.All(v1, i =>
        {
            Assert.True(i["blocking"]!.GetValue<bool>());
            Assert.Equal("三、收到和处理政府信息公开申请情况", i["table"]!.GetValue<string>());
            Assert.Equal("一、二、（七）总计、四", i["row"]!.GetValue<string>());
            Assert.Equal(2, i["left"]!.GetValue<int>());
            Assert.Equal(1, i["right"]!.GetValue<int>());
        });
        Assert.Equal("三、收到和处理政府信息公开申请情况“自然人”列：本年新收 2 加上年结转 0 等于 2，应等于本年度办理结果总计 1 加结转下年度 0 之和 1",
            v1[0]["message"]!.GetValue<string>());
        Assert.Equal(2, Issues(imported).Count);

        // The correction copies the content, failure included: it cannot be submitted.
        var correction = await CorrectAsync(unit.Leader, imported, "补录结转下年度数据");
        Assert.Equal("Draft", Status(correction));
        Assert.Equal(2, Issues(correction, "V1").Count);
        var problem = await ProblemAsync(await PostStepAsync(unit.Leader, correction, "Submit"), HttpStatusCode.Conflict, "reporting.validation_failed");
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(
            ["V1:三、收到和处理政府信息公开申请情况:一、二、（七）总计、四:自然人", "V1:三、收到和处理政府信息公开申请情况:一、二、（七）总计、四:总计"],
            errors.Select(e => e.Key));
        Assert.Contains("“自然人”列", errors.First().Value![0]!.GetValue<string>());
        Assert.Equal("Draft", Status(await GetReportAsync(unit.Leader, correction)));
    }

    [Fact]
    public async Task Given_an_imported_county_report_failing_V4_When_its_correction_is_published_Then_409_naming_the_group()
    {
        var admin = await AdminAsync();
        var countyId = await Organization.OrgApi.RootUnitIdAsync(admin);

        // 行政复议: 1 upheld but 总计 2; the roll-up of an imported report is not known, so only V4 is flagged.
        var content = Content(new Dictionary<string, int[]>
        {
            ["NewReceived"] = [3, 0, 0, 0, 0, 0, 3],
            ["Granted"] = [3, 0, 0, 0, 0, 0, 3],
            ["TotalHandled"] = [3, 0, 0, 0, 0, 0, 3],
        }, remedies: [1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        var imported = await ImportJsonAsync(admin, countyId, 2023, content, "County");
        Assert.Equal("County", imported["kind"]!.GetValue<string>());
        var v4 = Assert.Single(Issues(imported));
        Assert.Equal("V4", v4["rule"]!.GetValue<string>());
        Assert.Equal("行政复议", v4["row"]!.GetValue<string>());
        Assert.Equal("总计", v4["column"]!.GetValue<string>());

        var correction = await CorrectAsync(admin, imported, "核对复议案件数");
        var problem = await ProblemAsync(await PostStepAsync(admin, correction, "Publish"), HttpStatusCode.Conflict, "reporting.validation_failed");
        Assert.Equal(["V4:四、政府信息公开行政复议、行政诉讼情况:行政复议:总计"], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal("Draft", Status(await GetReportAsync(admin, correction)));
    }

    private static async Task<int> ReadIntAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return int.Parse(body, System.Globalization.CultureInfo.InvariantCulture);
    }
}
