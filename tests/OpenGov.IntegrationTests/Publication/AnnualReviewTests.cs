using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Catalogue;
using OpenGov.IntegrationTests.Infrastructure;
using static OpenGov.IntegrationTests.Publication.PublicationApi;

namespace OpenGov.IntegrationTests.Publication;

public sealed class AnnualReviewTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    private static string Reviews(PublicationUnit unit) => $"/api/publication/units/{unit.UnitId}/annual-reviews";

    private static Task<JsonObject> DecideAsync(PublicationUnit unit, JsonObject review, JsonObject entry, string decision, string? reason, HttpStatusCode expected = HttpStatusCode.OK) =>
        CatalogueApi.SendAsync(unit.Leader, HttpMethod.Post, $"{Reviews(unit)}/{review["id"]}/entries/{entry["id"]}",
            new { decision, reason, version = review["version"]!.GetValue<int>() }, expected);

    [Fact]
    public async Task Given_withheld_records_When_reviewed_for_the_year_Then_kept_ones_stay_and_disclosed_ones_are_published_after_review()
    {
        var admin = await AdminAsync();
        var unit = await PublicationApi.UnitAsync(admin, SignInAsync);
        var kept = await ReviewAllAsync(unit, await DraftAsync(unit, Document("人事任免请示", "OnRequestOnly", ["InternalAffairs"], "内部事务", formedOn: "2025-05-06")));
        var disclosed = await ReviewAllAsync(unit, await DraftAsync(unit, Document("乡村道路建设会议纪要", "NotDisclosed", ["ProcessInformation"], "讨论记录", "<p>道路建设安排</p>", formedOn: "2026-02-10")));
        await DraftReviewPublishAsync(unit, Document("已主动公开的文件"));

        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(unit.Editor, Reviews(unit), new { year = 2026 })).StatusCode);
        Assert.Equal("publication.year_future", (await ProblemAsync(await PostJsonAsync(unit.Leader, Reviews(unit), new { year = 2027 }), HttpStatusCode.BadRequest))["code"]!.GetValue<string>());
        var review = await CatalogueApi.SendAsync(unit.Leader, HttpMethod.Post, Reviews(unit), new { year = 2026 }, HttpStatusCode.Created);
        Assert.Equal("publication.annual_review_exists",
            (await ProblemAsync(await PostJsonAsync(unit.Leader, Reviews(unit), new { year = 2026 }), HttpStatusCode.Conflict))["code"]!.GetValue<string>());
        var entries = review["entries"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.Equal([kept["id"]!.GetValue<Guid>(), disclosed["id"]!.GetValue<Guid>()], entries.Select(e => e["recordId"]!.GetValue<Guid>()));
        Assert.Equal("此件不公开", entries[1]["attributeName"]!.GetValue<string>());

        var progress = await ReadAsync<JsonArray>(await admin.GetAsync("/api/publication/annual-reviews?year=2026"));
        var mine = progress.Single(p => p!["unitId"]!.GetValue<Guid>() == unit.UnitId)!;
        Assert.Equal("InProgress", mine["state"]!.GetValue<string>());
        Assert.Equal(2, mine["pending"]!.GetValue<int>());
        Assert.Contains(progress, p => p!["state"]!.GetValue<string>() == "NotStarted");
        Assert.Single(await ReadAsync<JsonArray>(await unit.Leader.GetAsync("/api/publication/annual-reviews?year=2026")));

        var noReason = await ProblemAsync(await PostJsonAsync(unit.Leader, $"{Reviews(unit)}/{review["id"]}/entries/{entries[0]["id"]}",
            new { decision = "Keep", version = review["version"]!.GetValue<int>() }), HttpStatusCode.BadRequest);
        Assert.Contains("reason", noReason["errors"]!.AsObject().Select(e => e.Key));

        review = await DecideAsync(unit, review, entries[0], "Keep", "仍属内部人事管理信息");
        var pending = await ProblemAsync(await PostJsonAsync(unit.Leader, $"{Reviews(unit)}/{review["id"]}/complete", new { version = review["version"]!.GetValue<int>() }), HttpStatusCode.Conflict);
        Assert.Equal("publication.entries_pending", pending["code"]!.GetValue<string>());
        Assert.Contains("1 条", pending["detail"]!.GetValue<string>());

        review = await DecideAsync(unit, review, entries[1], "Disclose", "道路已建成，纪要可以公开");
        var decided = review["entries"]!.AsArray()[1]!;
        Assert.Equal("Disclose", decided["decision"]!.GetValue<string>());
        Assert.Equal("NotDisclosed", decided["attribute"]!.GetValue<string>());
        Assert.Equal(["ProcessInformation"], decided["grounds"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Equal("fin-leader", decided["decidedByName"]!.GetValue<string>());

        var record = await ReadAsync<JsonObject>(await unit.Editor.GetAsync(Url(disclosed)));
        Assert.Equal("PublishInFull", record["attribute"]!.GetValue<string>());
        Assert.Empty(record["grounds"]!.AsArray());
        Assert.Equal("Draft", record["status"]!.GetValue<string>());
        // The fixture's clock only moves forward (other tests advance it): "today" is read from it.
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd");
        Assert.Equal(today, record["disclosedOnReviewOn"]!.GetValue<string>());
        Assert.Contains($"自年度审查决定公开之日 {today} 起 20 个工作日内", record["deadlineBasis"]!.GetValue<string>());
        Assert.True(DateOnly.Parse(record["dueOn"]!.GetValue<string>()) >= DateOnly.Parse(today).AddDays(26)); // 20 working days: four weeks at least
        var stillWithheld = await ReadAsync<JsonObject>(await unit.Editor.GetAsync(Url(kept)));
        Assert.Equal("OnRequestOnly", stillWithheld["attribute"]!.GetValue<string>());

        Assert.Equal(0, (await ReadAsync<JsonObject>(await Anonymous().GetAsync("/api/public/publication/documents?q=" + Uri.EscapeDataString("道路建设"))))["total"]!.GetValue<int>());
        await PublishAsync(unit, await ReviewAllAsync(unit, record));
        var found = await ReadAsync<JsonObject>(await Anonymous().GetAsync("/api/public/publication/documents?q=" + Uri.EscapeDataString("道路建设")));
        Assert.Equal(disclosed["id"]!.GetValue<Guid>(), found["items"]!.AsArray().Single()!["id"]!.GetValue<Guid>());

        review = await CatalogueApi.SendAsync(unit.Leader, HttpMethod.Post, $"{Reviews(unit)}/{review["id"]}/complete", new { version = review["version"]!.GetValue<int>() });
        Assert.NotNull(review["completedAt"]);
        Assert.Equal(1, review["disclosed"]!.GetValue<int>());
        Assert.Equal(1, review["kept"]!.GetValue<int>());
        var done = await ReadAsync<JsonArray>(await admin.GetAsync("/api/publication/annual-reviews?year=2026"));
        Assert.Equal("Completed", done.Single(p => p!["unitId"]!.GetValue<Guid>() == unit.UnitId)!["state"]!.GetValue<string>());

        // The county office reads every unit's round; another unit's staff cannot.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{Reviews(unit)}/{review["id"]}")).StatusCode);
        var health = await PublicationApi.UnitAsync(admin, SignInAsync, "测试县卫健局", "health");
        Assert.Equal(HttpStatusCode.Forbidden, (await health.Leader.GetAsync($"{Reviews(unit)}/{review["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await health.Leader.GetAsync($"{Reviews(health)}/{review["id"]}")).StatusCode);
    }
}
