using System.Net;
using System.Text.Json.Nodes;
using static OpenGov.IntegrationTests.Requests.RequestsApi;

namespace OpenGov.IntegrationTests.Requests;

/// <summary>依申请转主动: a granted reply of public interest goes to Publication through the Requests outbox.</summary>
public sealed class ReleaseForPublicationTests(RequestsFixture fixture) : RequestsTest(fixture)
{
    private static async Task<JsonObject> RepliedAsync(RequestUnit unit, string outcome, string details)
    {
        var request = await RegisterAsync(unit, "InPerson", "2026-11-02");
        request = await DecideAsync(unit, request, outcome, "2026-11-20", details);
        return await ReplyAsync(unit, request, "2026-11-20");
    }

    private static IEnumerable<JsonNode> Released(JsonObject outbox) =>
        outbox["items"]!.AsArray().Where(m => m!["type"]!.GetValue<string>().EndsWith("RequestReleasedForPublicationIntegrationEvent", StringComparison.Ordinal))!;

    [Fact]
    public async Task Given_a_granted_reply_When_released_Then_200_and_one_integration_event_is_in_the_requests_outbox()
    {
        var admin = await AdminAsync();
        var unit = await UnitAsync(admin, SignInAsync);
        var granted = await RepliedAsync(unit, "Granted", "可到县政府网站下载");

        // Undecided and unreplied requests cannot be released; nor can an editor release one.
        var fresh = await RegisterAsync(unit, "InPerson", "2026-11-02");
        await ProblemAsync(await PostStepAsync(unit.Leader, fresh, "/release-for-publication", new { note = "涉及公众利益" }), HttpStatusCode.Conflict);
        await ProblemAsync(await PostStepAsync(unit.Editor, granted, "/release-for-publication", new { note = "涉及公众利益" }), HttpStatusCode.Forbidden);

        var released = await StepAsync(unit.Leader, granted, "/release-for-publication", new { note = "涉及公众利益，多人申请" });
        Assert.NotNull(released["releasedForPublicationAt"]);
        var again = await ProblemAsync(await PostStepAsync(unit.Leader, released, "/release-for-publication", new { note = "再次" }), HttpStatusCode.Conflict);
        Assert.Equal("requests.already_released", again["code"]!.GetValue<string>());

        var outbox = await ReadAsync<JsonObject>(await admin.GetAsync("/api/admin/outbox?module=Requests"));
        var message = Assert.Single(Released(outbox));
        Assert.Contains(granted["id"]!.GetValue<string>(), message!.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        await DrainOutboxAsync();
        var after = await ReadAsync<JsonObject>(await admin.GetAsync("/api/admin/outbox?module=Requests"));
        Assert.Single(Released(after));

        // Publication drafted a 此件公开发布 record for the unit, to pass its own review before anything is public.
        var records = await ReadAsync<JsonObject>(await unit.Editor.GetAsync("/api/publication/records?pageSize=50"));
        var draft = Assert.Single(records["items"]!.AsArray(), r => r!["title"]!.GetValue<string>().Contains("依申请转主动公开", StringComparison.Ordinal));
        Assert.Equal("Draft", draft!["status"]!.GetValue<string>());
        Assert.Equal("PublishInFull", draft["attribute"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_a_refused_reply_When_released_Then_409_and_nothing_is_published()
    {
        var admin = await AdminAsync();
        var unit = await UnitAsync(admin, SignInAsync);
        var refused = await RepliedAsync(unit, "RefusedStateSecret", "经保密审查属于国家秘密");

        var problem = await ProblemAsync(await PostStepAsync(unit.Leader, refused, "/release-for-publication", new { note = "涉及公众利益" }), HttpStatusCode.Conflict);
        Assert.Equal("requests.not_released", problem["code"]!.GetValue<string>());
        Assert.Null((await GetAsync(unit.Editor, refused))["releasedForPublicationAt"]);
        Assert.Empty(Released(await ReadAsync<JsonObject>(await admin.GetAsync("/api/admin/outbox?module=Requests"))));
    }
}
