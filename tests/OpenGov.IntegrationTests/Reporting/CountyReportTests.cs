using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Organization;
using OpenGov.IntegrationTests.Requests;
using static OpenGov.IntegrationTests.Reporting.ReportingApi;
using static OpenGov.IntegrationTests.Requests.RequestsApi;

namespace OpenGov.IntegrationTests.Reporting;

/// <summary>The county government's report: the roll-up over an explicit membership (annual-report.md §7, V8).</summary>
public sealed class CountyReportTests(ReportingFixture fixture) : ReportingTest(fixture)
{
    private static async Task AnsweredAsync(RequestUnit unit, string name, string kind, string receivedOn, string outcome, string answeredOn)
    {
        var request = await RegisterAsync(unit, "InPerson", receivedOn, applicant: Applicant(name, kind, "ID-" + name));
        await ReplyAsync(unit, await DecideAsync(unit, request, outcome, answeredOn, "理由见告知书"), answeredOn);
    }

    private static Task OpenAsync(RequestUnit unit, string name, string kind, string receivedOn) =>
        RegisterAsync(unit, "InPerson", receivedOn, applicant: Applicant(name, kind, "ID-" + name));

    [Fact]
    public async Task Given_three_units_and_the_county_government_When_rolling_up_two_of_them_Then_every_cell_is_their_sum_and_matches_the_hand_count()
    {
        var admin = await AdminAsync();
        var countyId = await OrgApi.RootUnitIdAsync(admin);
        var finance = await RequestUnitAsync(admin, "测试县财政局", "fin");
        var health = await RequestUnitAsync(admin, "测试县卫健局", "health");
        var education = await RequestUnitAsync(admin, "测试县教育局", "edu");
        var government = await StaffAsync(admin, SignInAsync, countyId, "gov");

        // 财政局: one carried in from 2025, two answered, one open at the year's end.
        await AnsweredAsync(finance, "某律师事务所", "LegalServiceInstitution", "2025-12-22", "UnableNotHeld", "2026-01-12");
        await AnsweredAsync(finance, "张一", "NaturalPerson", "2026-02-02", "Granted", "2026-02-20");
        await AnsweredAsync(finance, "某建材公司", "CommercialEnterprise", "2026-03-02", "PartlyGranted", "2026-03-20");
        await OpenAsync(finance, "张二", "NaturalPerson", "2026-10-19");
        // 卫健局: two answered, one open; a review of the refusal, decided against the unit.
        var refusedId = await RefusedAsync(health);
        await AnsweredAsync(health, "张三", "NaturalPerson", "2026-05-06", "Granted", "2026-05-20");
        await OpenAsync(health, "某公益基金会", "PublicWelfareOrganization", "2026-11-02");
        var review = await FileRemedyAsync(health, refusedId, "Reconsideration", false, "测复〔2026〕8号", "2026-06-01");
        await ConcludeRemedyAsync(health, review, "Corrected", "2026-08-03");
        // Outside the membership: 教育局 and the county government office's own requests.
        await AnsweredAsync(education, "张四", "NaturalPerson", "2026-03-03", "Granted", "2026-03-18");
        await OpenAsync(education, "某协会", "OtherOrganization", "2026-09-01");
        await AnsweredAsync(government, "张五", "NaturalPerson", "2026-06-01", "NotHandledRepeat", "2026-06-10");

        using var entered = await PutEnforcementAsync(admin,
            new { unitId = finance.UnitId, year = 2026, licensing = 10, penalties = 2, compulsions = 0, administrativeFeesYuan = 5000m },
            new { unitId = health.UnitId, year = 2026, licensing = 5, penalties = 1, compulsions = 1, administrativeFeesYuan = 0m },
            new { unitId = education.UnitId, year = 2026, licensing = 100, penalties = 0, compulsions = 0, administrativeFeesYuan = 80000m });
        Assert.Equal("3", await entered.Content.ReadAsStringAsync());

        await ProblemAsync(await finance.Leader.PostAsync("/api/reporting/county-reports",
            OrgApi.JsonContent(new { year = 2026, memberUnitIds = new[] { finance.UnitId } })), HttpStatusCode.Forbidden);
        var county = await CountyAsync(admin, 2026, finance.UnitId, health.UnitId);
        Assert.Equal("County", county["kind"]!.GetValue<string>());
        Assert.Equal(countyId, county["unitId"]!.GetValue<Guid>());
        Assert.Equal("测试县人民政府2026年政府信息公开工作年度报告", county["title"]!.GetValue<string>());
        Assert.Equal(new[] { finance.UnitId, health.UnitId }.Order(), county["members"]!.AsArray().Select(m => m!["unitId"]!.GetValue<Guid>()).Order());
        Assert.DoesNotContain(Issues(county), i => i["blocking"]!.GetValue<bool>());

        // Counted by hand from the requests above (财政局 + 卫健局 only).
        var expected = new Dictionary<string, int[]>
        {
            ["NewReceived"] = [3, 1, 1, 1, 0, 0, 6],
            ["CarriedIn"] = [0, 0, 0, 0, 1, 0, 1],
            ["Granted"] = [2, 0, 0, 0, 0, 0, 2],
            ["PartlyGranted"] = [0, 1, 0, 0, 0, 0, 1],
            ["Refused.StateSecret"] = [0, 0, 1, 0, 0, 0, 1],
            ["Unable.NotHeld"] = [0, 0, 0, 0, 1, 0, 1],
            ["TotalHandled"] = [2, 1, 1, 0, 1, 0, 5],
            ["CarriedOut"] = [1, 0, 0, 1, 0, 0, 2],
        };
        Assert.All(RowKeys, key => Assert.Equal(expected.GetValueOrDefault(key) ?? new int[7], Row(county, key)));
        Assert.Equal([0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], Remedies(county));
        Assert.Equal(new[] { 15, 3, 1 }, new[] { Count(county, "licensing"), Count(county, "penalties"), Count(county, "compulsions") });
        Assert.Equal(0.5m, Proactive(county)["feesTenThousandYuan"]!.GetValue<decimal>());

        // The members' own reports add up to the roll-up, cell by cell; the others' do not enter it.
        var f = await CreateAsync(finance.Editor, 2026, finance.UnitId);
        var h = await CreateAsync(health.Editor, 2026, health.UnitId);
        var e = await CreateAsync(education.Editor, 2026, education.UnitId);
        var g = await CreateAsync(government.Editor, 2026, countyId);
        Assert.Equal("Unit", g["kind"]!.GetValue<string>());
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], Row(g, "NotHandled.Repeat"));
        Assert.Equal(new int[7], Row(county, "NotHandled.Repeat"));
        Assert.Equal([1, 0, 0, 0, 0, 1, 2], Row(e, "NewReceived"));
        foreach (var key in RowKeys)
        {
            Assert.Equal(Row(f, key).Zip(Row(h, key), (a, b) => a + b), Row(county, key));
        }

        Assert.Equal(Remedies(f).Zip(Remedies(h), (a, b) => a + b), Remedies(county));
        foreach (var field in new[] { "normativeIssued", "normativeRepealed", "normativeInForce", "licensing", "penalties", "compulsions" })
        {
            Assert.Equal(Count(f, field) + Count(h, field), Count(county, field));
        }

        // Drill-down: what each member put into a cell.
        var cell = await ReadAsync(await admin.GetAsync(ReportUrl(county) + "/drill-down?table=Applications&row=NewReceived&column=6"));
        Assert.Equal(6m, cell["total"]!.GetValue<decimal>());
        Assert.Equal("一、本年新收政府信息公开申请数量", cell["row"]!.GetValue<string>());
        Assert.Equal("总计", cell["column"]!.GetValue<string>());
        var parts = cell["contributions"]!.AsArray().ToDictionary(c => c!["unitId"]!.GetValue<Guid>(), c => c!["value"]!.GetValue<decimal>());
        Assert.Equal(new Dictionary<Guid, decimal> { [finance.UnitId] = 3, [health.UnitId] = 3 }, parts);

        var licensing = await ReadAsync(await admin.GetAsync(ReportUrl(county) + "/drill-down?table=Proactive&row=Licensing"));
        Assert.Equal(15m, licensing["total"]!.GetValue<decimal>());
        Assert.Equal(15m, licensing["contributions"]!.AsArray().Sum(c => c!["value"]!.GetValue<decimal>()));
        var reviews = await ReadAsync(await admin.GetAsync(ReportUrl(county) + "/drill-down?table=Remedies&column=1"));
        Assert.Equal(new[] { 0m, 1m }, reviews["contributions"]!.AsArray().Select(c => c!["value"]!.GetValue<decimal>()).Order());

        await ProblemAsync(await admin.GetAsync(ReportUrl(f) + "/drill-down?table=Applications&row=NewReceived&column=6"), HttpStatusCode.Conflict, "reporting.not_county");
        await ProblemAsync(await admin.GetAsync(ReportUrl(county) + "/drill-down?table=Applications&row=Unknown&column=6"), HttpStatusCode.BadRequest);

        // The county office publishes its roll-up itself, without acceptance.
        county = await StepAsync(admin, county, "Publish");
        Assert.Equal("Published", Status(county));
    }

    private static async Task<Guid> RefusedAsync(RequestUnit health)
    {
        var request = await RegisterAsync(health, "InPerson", "2026-04-01", applicant: Applicant("某研究所", "ResearchInstitution", "ID-某研究所"));
        request = await DecideAsync(health, request, "RefusedStateSecret", "2026-04-20", "属于国家秘密");
        return (await ReplyAsync(health, request, "2026-04-20"))["id"]!.GetValue<Guid>();
    }
}
