using System.Text.Json.Nodes;
using OpenGov.Requests.Contracts;
using static OpenGov.IntegrationTests.Requests.RequestsApi;

namespace OpenGov.IntegrationTests.Requests;

/// <summary>Table 三 across a year boundary: what is open on 12月31日 is carried out of one year and into the next (V1–V3).</summary>
public sealed class CarryOverTests(RequestsFixture fixture) : RequestsTest(fixture)
{
    private static ApplicantCounts Counts(int np = 0, int ce = 0, int ri = 0, int pwo = 0, int lsi = 0, int other = 0) => new(np, ce, ri, pwo, lsi, other);

    private static async Task<JsonObject> AnsweredAsync(RequestUnit unit, string kind, string receivedOn, string outcome, string repliedOn)
    {
        var request = await RegisterAsync(unit, "InPerson", receivedOn, applicant: Applicant(kind + receivedOn, kind, "ID" + receivedOn));
        request = await DecideAsync(unit, request, outcome, repliedOn, "理由见告知书");
        return await ReplyAsync(unit, request, repliedOn);
    }

    [Fact]
    public async Task Given_requests_received_in_2025_and_answered_in_2026_When_counting_both_years_Then_carried_out_equals_carried_in_and_V1_to_V3_hold()
    {
        var admin = await AdminAsync();
        var finance = await UnitAsync(admin, SignInAsync);
        var health = await UnitAsync(admin, SignInAsync, "测试县卫健局", "health");

        // 财政局
        await AnsweredAsync(finance, "NaturalPerson", "2025-03-03", "Granted", "2025-03-20");
        await AnsweredAsync(finance, "CommercialEnterprise", "2025-12-15", "Granted", "2026-01-09");
        await AnsweredAsync(finance, "ResearchInstitution", "2025-12-22", "RefusedProcessInfo", "2026-01-15");
        await RegisterAsync(finance, "InPerson", "2025-11-28", applicant: Applicant("公益组织", "PublicWelfareOrganization", "PWO1")); // never answered
        var withdrawn = await RegisterAsync(finance, "InPerson", "2025-12-30", applicant: Applicant("律所", "LegalServiceInstitution", "LSI1"));
        await StepAsync(finance.Editor, withdrawn, "/close", new { reason = "Withdrawn", closedOn = "2026-01-05", note = "申请人书面撤回" });
        await AnsweredAsync(finance, "OtherOrganization", "2026-02-02", "UnableNotHeld", "2026-02-20");
        await RegisterAsync(finance, "InPerson", "2026-10-12", applicant: Applicant("周八")); // still open at the end of 2026

        // 卫健局: one carried from 2024 into 2025, one from 2025 into 2026.
        await AnsweredAsync(health, "NaturalPerson", "2024-12-20", "Granted", "2025-01-08");
        await AnsweredAsync(health, "OtherOrganization", "2025-12-01", "PartlyGranted", "2026-01-06");

        var y2025 = await StatisticsAsync(2025, [finance.UnitId, health.UnitId]);
        var y2026 = await StatisticsAsync(2026, [finance.UnitId, health.UnitId]);
        ApplicationTable Of(RequestStatistics s, Guid unitId) => s.Units.Single(u => u.UnitId == unitId).Applications;

        var f25 = Of(y2025, finance.UnitId);
        Assert.Equal(Counts(1, 1, 1, 1, 1, 0), f25[ApplicationRowKeys.NewReceived]);
        Assert.Equal(Counts(), f25[ApplicationRowKeys.CarriedIn]);
        Assert.Equal(Counts(np: 1), f25[ApplicationRowKeys.TotalHandled]);
        Assert.Equal(Counts(np: 1), f25["Granted"]);
        Assert.Equal(Counts(0, 1, 1, 1, 1, 0), f25[ApplicationRowKeys.CarriedOut]);

        var f26 = Of(y2026, finance.UnitId);
        Assert.Equal(Counts(np: 1, other: 1), f26[ApplicationRowKeys.NewReceived]);
        Assert.Equal(Counts(0, 1, 1, 1, 1, 0), f26[ApplicationRowKeys.CarriedIn]);
        Assert.Equal(Counts(ce: 1), f26["Granted"]);
        Assert.Equal(Counts(ri: 1), f26["Refused.ProcessInfo"]);
        Assert.Equal(Counts(lsi: 1), f26["Other.Other"]);
        Assert.Equal(Counts(other: 1), f26["Unable.NotHeld"]);
        Assert.Equal(Counts(0, 1, 1, 0, 1, 1), f26[ApplicationRowKeys.TotalHandled]);
        Assert.Equal(Counts(np: 1, pwo: 1), f26[ApplicationRowKeys.CarriedOut]);

        var h25 = Of(y2025, health.UnitId);
        Assert.Equal(Counts(other: 1), h25[ApplicationRowKeys.NewReceived]);
        Assert.Equal(Counts(np: 1), h25[ApplicationRowKeys.CarriedIn]);
        Assert.Equal(Counts(np: 1), h25["Granted"]);
        Assert.Equal(Counts(other: 1), h25[ApplicationRowKeys.CarriedOut]);
        var h26 = Of(y2026, health.UnitId);
        Assert.Equal(Counts(other: 1), h26["PartlyGranted"]);
        Assert.Equal(Counts(), h26[ApplicationRowKeys.CarriedOut]);

        // The county total adds the two units.
        Assert.Equal(Counts(1, 1, 1, 1, 1, 1), y2025.Total.Applications[ApplicationRowKeys.NewReceived]);
        Assert.Equal(Counts(0, 1, 1, 1, 1, 1), y2025.Total.Applications[ApplicationRowKeys.CarriedOut]);
        Assert.Equal(Counts(0, 1, 1, 1, 1, 1), y2026.Total.Applications[ApplicationRowKeys.CarriedIn]);

        foreach (var (last, next) in y2025.Units.Append(y2025.Total).Zip(y2026.Units.Append(y2026.Total)))
        {
            Assert.Equal(last.UnitId, next.UnitId);
            Assert.Equal(last.Applications[ApplicationRowKeys.CarriedOut].Columns, next.Applications[ApplicationRowKeys.CarriedIn].Columns);
        }

        foreach (var table in new[] { y2025, y2026 }.SelectMany(s => s.Units.Append(s.Total)).Select(u => u.Applications))
        {
            AssertIdentities(table);
        }
    }

    /// <summary>annual-report.md §6 V1–V3, column by column, with the 总计 column summed here rather than read.</summary>
    private static void AssertIdentities(ApplicationTable table)
    {
        Assert.Equal(ApplicationRowKeys.All, table.Rows.Select(r => r.Key));
        int Column(string key, int c) => c < 6 ? table[key].Columns[c] : table[key].Columns.Sum();
        for (var c = 0; c < 7; c++)
        {
            // V1
            Assert.Equal(Column(ApplicationRowKeys.NewReceived, c) + Column(ApplicationRowKeys.CarriedIn, c),
                Column(ApplicationRowKeys.TotalHandled, c) + Column(ApplicationRowKeys.CarriedOut, c));
            // V3
            Assert.Equal(Column(ApplicationRowKeys.TotalHandled, c), ApplicationRowKeys.Outcomes.Sum(k => Column(k, c)));
        }

        // V2
        Assert.All(table.Rows, r => Assert.Equal(r.Counts.NaturalPerson + r.Counts.CommercialEnterprise + r.Counts.ResearchInstitution
            + r.Counts.PublicWelfareOrganization + r.Counts.LegalServiceInstitution + r.Counts.Other, r.Counts.Total));
    }
}
