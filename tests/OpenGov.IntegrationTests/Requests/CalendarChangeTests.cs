using System.Net;
using System.Text.Json.Nodes;
using static OpenGov.IntegrationTests.Requests.RequestsApi;

namespace OpenGov.IntegrationTests.Requests;

/// <summary>Open reply deadlines move when the working calendar changes; closed ones keep the calendar they were answered under.</summary>
public sealed class CalendarChangeTests(RequestsFixture fixture) : RequestsTest(fixture)
{
    [Fact]
    public async Task Given_an_open_request_When_a_day_becomes_a_rest_day_Then_its_due_date_moves_and_a_closed_one_stays()
    {
        var admin = await AdminAsync();
        var unit = await UnitAsync(admin, SignInAsync);
        // Received Mon 2026-11-02: the 20th working day after it is Mon 2026-11-30.
        var open = await RegisterAsync(unit, "InPerson", "2026-11-02");
        Assert.Equal("2026-11-30", open["dueOn"]!.GetValue<string>());
        var closed = await RegisterAsync(unit, "InPerson", "2026-11-02");
        closed = await ReplyAsync(unit, await DecideAsync(unit, closed, "Granted", "2026-11-10", "可到县政府网站下载"), "2026-11-10");

        await ReadAsync<JsonObject>(await PostJsonAsync(admin, "/api/organization/working-calendar/adjustments",
            new { date = "2026-11-16", isWorkingDay = false, reason = "县城区停电（县政府通知）" }), HttpStatusCode.Created);
        await DrainOutboxAsync();

        var moved = await GetAsync(unit.Editor, open);
        Assert.Equal("2026-12-01", moved["dueOn"]!.GetValue<string>());
        Assert.Equal("2026-11-30", (await GetAsync(unit.Editor, closed))["dueOn"]!.GetValue<string>());
    }
}
