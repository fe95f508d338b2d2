using OpenGov.IntegrationTests.Requests;
using static OpenGov.IntegrationTests.Reporting.ReportingApi;
using static OpenGov.IntegrationTests.Requests.RequestsApi;

namespace OpenGov.IntegrationTests.Reporting;

/// <summary>V-S1 across two years: this year's 上年结转 against last year's published 结转下年度继续办理.</summary>
public sealed class CarryOverReportTests(ReportingFixture fixture) : ReportingTest(fixture)
{
    private static async Task<Guid> RequestAsync(RequestUnit unit, string name, string kind, string receivedOn, string? outcome = null, string? answeredOn = null)
    {
        var request = await RegisterAsync(unit, "InPerson", receivedOn, applicant: Applicant(name, kind, "ID-" + name));
        if (outcome is not null)
        {
            request = await ReplyAsync(unit, await DecideAsync(unit, request, outcome, answeredOn!, "理由见告知书"), answeredOn!);
        }

        return request["id"]!.GetValue<Guid>();
    }

    [Fact]
    public async Task Given_requests_answered_across_the_year_boundary_When_reporting_2024_then_2025_Then_V_S1_warns_only_where_last_year_disagrees()
    {
        var admin = await AdminAsync();
        var water = await RequestUnitAsync(admin, "测试县水利局", "water");
        var farming = await RequestUnitAsync(admin, "测试县农业农村局", "agri");

        await RequestAsync(water, "钱一", "NaturalPerson", "2024-11-04", "Granted", "2024-11-20");
        await RequestAsync(water, "某水电公司", "CommercialEnterprise", "2024-12-16", "Granted", "2025-01-10");
        await RequestAsync(water, "钱二", "NaturalPerson", "2024-12-27", "RefusedInternalAffairs", "2025-01-15");
        await RequestAsync(water, "某水利研究院", "ResearchInstitution", "2025-06-02");
        await RequestAsync(farming, "孙一", "NaturalPerson", "2024-12-20", "Granted", "2025-01-06");

        var last = await CreateAsync(water.Editor, 2024, water.UnitId);
        Assert.Equal([2, 1, 0, 0, 0, 0, 3], Row(last, "NewReceived"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], Row(last, "TotalHandled"));
        Assert.Equal([1, 1, 0, 0, 0, 0, 2], Row(last, "CarriedOut"));
        last = await SubmitAcceptPublishAsync(water.Leader, admin, last);
        Assert.Equal("Published", Status(last));

        var next = await CreateAsync(water.Editor, 2025, water.UnitId);
        Assert.Equal([1, 1, 0, 0, 0, 0, 2], Row(next, "CarriedIn"));
        Assert.Equal([0, 0, 1, 0, 0, 0, 1], Row(next, "NewReceived"));
        Assert.Equal([1, 1, 0, 0, 0, 0, 2], Row(next, "TotalHandled"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], Row(next, "Refused.InternalAffairs"));
        Assert.Equal([0, 0, 1, 0, 0, 0, 1], Row(next, "CarriedOut"));
        Assert.Empty(Issues(next, "V-S1"));
        Assert.Empty(Issues(next));

        // 农业农村局's 2024 report predates OpenGov: it said 2 were carried out, the records carry 1 into 2025.
        var imported = await ImportJsonAsync(farming.Leader, farming.UnitId, 2024, Content(new Dictionary<string, int[]>
        {
            ["NewReceived"] = [2, 0, 0, 0, 0, 0, 2],
            ["CarriedOut"] = [2, 0, 0, 0, 0, 0, 2],
        }));
        Assert.Empty(Issues(imported));

        var draft = await CreateAsync(farming.Editor, 2025, farming.UnitId);
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], Row(draft, "CarriedIn"));
        var warnings = Issues(draft, "V-S1");
        Assert.Equal(["自然人", "总计"], warnings.Select(w => w["column"]!.GetValue<string>()));
        Assert.All(warnings, w =>
        {
            Assert.False(w["blocking"]!.GetValue<bool>());
            Assert.Equal("二、上年结转政府信息公开申请数量", w["row"]!.GetValue<string>());
            Assert.Equal(1, w["left"]!.GetValue<int>());
            Assert.Equal(2, w["right"]!.GetValue<int>());
        });
        Assert.Equal(warnings.Count, Issues(draft).Count);

        // A warning never blocks.
        Assert.Equal("Submitted", Status(await StepAsync(farming.Leader, draft, "Submit")));
    }
}
