using System.Text.Json.Nodes;
using static OpenGov.IntegrationTests.Requests.RequestsApi;

namespace OpenGov.IntegrationTests.Requests;

/// <summary>The overdue and due-soon lists are served from memory; every committed write must show at once.</summary>
public sealed class DeadlineListTests(RequestsFixture fixture) : RequestsTest(fixture)
{
    private static async Task<IReadOnlyList<string>> IdsAsync(HttpClient client, string deadline)
    {
        var page = await ReadAsync<JsonObject>(await client.GetAsync($"/api/requests?deadline={deadline}&pageSize=50"));
        return [.. page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>())];
    }

    [Fact]
    public async Task Given_cached_deadline_lists_When_requests_are_registered_and_answered_Then_the_lists_follow_at_once()
    {
        var admin = await AdminAsync();
        var unit = await UnitAsync(admin, SignInAsync);
        // Today is 2026-11-23: received 10-26 is due 11-23 (due soon); received 10-16 was due 11-13 (overdue).
        var dueSoon = await RegisterAsync(unit, "InPerson", "2026-10-26");
        Assert.Equal("2026-11-23", dueSoon["dueOn"]!.GetValue<string>());
        Assert.Contains(dueSoon["id"]!.GetValue<string>(), await IdsAsync(unit.Editor, "DueSoon"));
        Assert.Empty(await IdsAsync(unit.Editor, "Overdue"));

        var overdue = await RegisterAsync(unit, "InPerson", "2026-10-16");
        Assert.Contains(overdue["id"]!.GetValue<string>(), await IdsAsync(unit.Editor, "Overdue"));
        Assert.Contains(overdue["id"]!.GetValue<string>(), await IdsAsync(admin, "Overdue"));

        await ReplyAsync(unit, await DecideAsync(unit, dueSoon, "Granted", "2026-11-23", "可到县政府网站下载"), "2026-11-23");
        Assert.DoesNotContain(dueSoon["id"]!.GetValue<string>(), await IdsAsync(unit.Editor, "DueSoon"));
        Assert.DoesNotContain(dueSoon["id"]!.GetValue<string>(), await IdsAsync(admin, "Open"));
    }
}
