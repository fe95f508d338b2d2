using System.Net;
using System.Text.Json.Nodes;
using static OpenGov.IntegrationTests.Reporting.ReportingApi;

namespace OpenGov.IntegrationTests.Reporting;

/// <summary>RPT-1 deadlines: departments by 1月31日, the county government by 3月31日 of the next year. Moves the clock: a class of its own.</summary>
public sealed class ReportProgressTests(ReportingFixture fixture) : ReportingTest(fixture)
{
    [Fact]
    public async Task Given_reports_of_2026_When_the_deadlines_pass_Then_only_the_unpublished_are_late()
    {
        var admin = await AdminAsync();
        var countyId = await Organization.OrgApi.RootUnitIdAsync(admin);
        var audit = await RequestUnitAsync(admin, "测试县审计局", "audit");
        var forestry = await RequestUnitAsync(admin, "测试县林业局", "forest");
        var published = await SubmitAcceptPublishAsync(audit.Leader, admin, await CreateAsync(audit.Editor, 2026, audit.UnitId));
        await ProblemAsync(await audit.Leader.GetAsync("/api/reporting/progress?year=2026"), HttpStatusCode.Forbidden);

        var now = await LinesAsync(admin);
        Assert.Equal(("2027-01-31", false, "Published"), Line(now[audit.UnitId]));
        Assert.Equal(published["id"]!.GetValue<Guid>(), now[audit.UnitId]["reportId"]!.GetValue<Guid>());
        Assert.Equal(("2027-01-31", false, null), Line(now[forestry.UnitId]));
        Assert.Equal("未编制", now[forestry.UnitId]["statusLabel"]!.GetValue<string>());
        Assert.Equal(("2027-03-31", false, null), Line(now[countyId]));
        Assert.Equal("CountyGovernment", now[countyId]["unitType"]!.GetValue<string>());

        MoveClockTo(new DateOnly(2027, 2, 1));
        var february = await LinesAsync(await AdminAsync());
        Assert.Equal(("2027-01-31", false, "Published"), Line(february[audit.UnitId]));
        Assert.Equal(("2027-01-31", true, null), Line(february[forestry.UnitId]));
        Assert.Equal(("2027-03-31", false, null), Line(february[countyId]));

        MoveClockTo(new DateOnly(2027, 4, 1));
        var april = await LinesAsync(await AdminAsync());
        Assert.Equal(("2027-03-31", true, null), Line(april[countyId]));
        Assert.Equal(("2027-01-31", false, "Published"), Line(april[audit.UnitId]));
    }

    private static async Task<Dictionary<Guid, JsonObject>> LinesAsync(HttpClient admin)
    {
        using var response = await admin.GetAsync("/api/reporting/progress?year=2026");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!.AsArray().Select(l => l!.AsObject()).ToDictionary(l => l["unitId"]!.GetValue<Guid>());
    }

    private static (string Deadline, bool Late, string? Status) Line(JsonObject line) =>
        (line["deadlineOn"]!.GetValue<string>(), line["late"]!.GetValue<bool>(), line["status"]?.GetValue<string>());
}
