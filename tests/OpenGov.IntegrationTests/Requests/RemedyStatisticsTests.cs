using System.Net;
using System.Text.Json.Nodes;
using OpenGov.Requests.Contracts;
using static OpenGov.IntegrationTests.Requests.RequestsApi;

namespace OpenGov.IntegrationTests.Requests;

/// <summary>Table 四: cases decided in the year by result, cases open on 12月31日 as 尚未审结 (annual-report.md §5, V4).</summary>
public sealed class RemedyStatisticsTests(RequestsFixture fixture) : RequestsTest(fixture)
{
    [Fact]
    public async Task Given_review_and_litigation_cases_When_counting_two_years_Then_each_lands_in_its_column_and_totals_add_up()
    {
        var admin = await AdminAsync();
        var unit = await UnitAsync(admin, SignInAsync);
        var other = await UnitAsync(admin, SignInAsync, "测试县卫健局", "health");
        var request = await RegisterAsync(unit, "InPerson", "2025-01-06");
        request = await DecideAsync(unit, request, "RefusedInternalAffairs", "2025-01-20", "属于内部事务信息");
        request = await ReplyAsync(unit, request, "2025-01-20");
        var requestId = request["id"]!.GetValue<Guid>();

        var r1 = await FileRemedyAsync(unit, requestId, "Reconsideration", false, "测复〔2025〕1号", "2025-03-03");
        await ConcludeRemedyAsync(unit, r1, "Upheld", "2025-05-06");
        var r2 = await FileRemedyAsync(unit, requestId, "Reconsideration", false, "测复〔2025〕2号", "2025-06-02");
        await ConcludeRemedyAsync(unit, r2, "Corrected", "2025-08-01");
        var r3 = await FileRemedyAsync(unit, null, "Reconsideration", false, "测复〔2025〕3号", "2025-10-09");
        await ConcludeRemedyAsync(unit, r3, "Other", "2026-01-20"); // decided the next year: 尚未审结 in 2025
        var d1 = await FileRemedyAsync(unit, requestId, "Litigation", false, "（2025）测行初1号", "2025-04-01");
        await ConcludeRemedyAsync(unit, d1, "Other", "2025-09-01");
        await FileRemedyAsync(unit, requestId, "Litigation", false, "（2025）测行初2号", "2025-11-03"); // still open
        var a1 = await FileRemedyAsync(unit, requestId, "Litigation", true, "（2025）测行初3号", "2025-09-10");
        await ConcludeRemedyAsync(unit, a1, "Upheld", "2025-12-01");
        await FileRemedyAsync(unit, requestId, "Litigation", true, "（2025）测行初4号", "2025-12-01"); // still open
        await FileRemedyAsync(other, null, "Reconsideration", false, "测复〔2025〕9号", "2025-07-01");

        // A review is never "after review"; a case cannot predate the request it is about.
        await FileRemedyAsync(unit, requestId, "Reconsideration", true, "测复〔2025〕5号", "2025-03-03", HttpStatusCode.BadRequest);
        await FileRemedyAsync(unit, requestId, "Litigation", false, "（2024）测行初9号", "2024-12-02", HttpStatusCode.BadRequest);

        var y2025 = await StatisticsAsync(2025, [unit.UnitId, other.UnitId]);
        var t = y2025.Units.Single(u => u.UnitId == unit.UnitId).Remedies;
        Assert.Equal(new RemedyCounts(Upheld: 1, Corrected: 1, Other: 0, Pending: 1), t.Reconsideration);
        Assert.Equal(new RemedyCounts(Upheld: 0, Corrected: 0, Other: 1, Pending: 1), t.DirectLitigation);
        Assert.Equal(new RemedyCounts(Upheld: 1, Corrected: 0, Other: 0, Pending: 1), t.LitigationAfterReconsideration);
        Assert.Equal([1, 1, 0, 1, 3, 0, 0, 1, 1, 2, 1, 0, 0, 1, 2], t.Cells);
        Assert.Equal(new RemedyCounts(0, 0, 0, 1), y2025.Units.Single(u => u.UnitId == other.UnitId).Remedies.Reconsideration);
        Assert.Equal(new RemedyCounts(1, 1, 0, 2), y2025.Total.Remedies.Reconsideration);

        var y2026 = await StatisticsAsync(2026, [unit.UnitId]);
        var n = Assert.Single(y2026.Units).Remedies;
        Assert.Equal(new RemedyCounts(0, 0, 1, 0), n.Reconsideration);
        Assert.Equal(new RemedyCounts(0, 0, 0, 1), n.DirectLitigation);
        Assert.Equal(new RemedyCounts(0, 0, 0, 1), n.LitigationAfterReconsideration);

        // V4: every 总计 cell (the 5th of each group) is the sum of the four before it.
        foreach (var table in new[] { y2025, y2026 }.SelectMany(s => s.Units.Append(s.Total)).Select(u => u.Remedies))
        {
            var cells = table.Cells;
            Assert.Equal(15, cells.Count);
            for (var g = 0; g < 3; g++)
            {
                Assert.Equal(cells[(g * 5) + 0] + cells[(g * 5) + 1] + cells[(g * 5) + 2] + cells[(g * 5) + 3], cells[(g * 5) + 4]);
            }
        }

        var listed = JsonNode.Parse(await unit.Editor.GetStringAsync($"/api/requests/remedy-cases?requestId={requestId}"))!;
        Assert.Equal(6, listed["total"]!.GetValue<int>());
    }
}
