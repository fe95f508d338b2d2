using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Catalogue;
using OpenGov.IntegrationTests.Infrastructure;
using static OpenGov.IntegrationTests.Publication.PublicationApi;

namespace OpenGov.IntegrationTests.Publication;

public sealed class DeadlineTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData("2025-09-26", "2025-10-30")] // E1 span: 国庆/中秋 2025, 9/28 and 10/11 are make-up working days
    [InlineData("2025-04-30", "2025-06-03")] // E3: 劳动节 5/1–5/5 and 端午 5/31–6/2
    [InlineData("2026-02-12", "2026-03-18")] // E2 span: 春节 2026
    public async Task Given_proactive_record_When_drafted_Then_due_twenty_working_days_after_it_was_formed(string formedOn, string dueOn)
    {
        var unit = await PublicationApi.UnitAsync(await AdminAsync(), SignInAsync);
        var record = await DraftAsync(unit, Document("跨节假日的文件", formedOn: formedOn));
        Assert.Equal(dueOn, record["dueOn"]!.GetValue<string>());
        Assert.Contains("20 个工作日", record["deadlineBasis"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_overdue_and_due_soon_records_When_scanning_Then_lists_show_them_and_an_overdue_event_is_stored_once()
    {
        var admin = await AdminAsync();
        var unit = await PublicationApi.UnitAsync(admin, SignInAsync);
        var late = await DraftAsync(unit, Document("逾期未公开的文件", formedOn: "2026-10-09")); // due 2026-11-05: Sat 10/10 is a make-up day
        var soon = await DraftAsync(unit, Document("即将到期的文件", formedOn: "2026-10-26"));  // due 2026-11-23 (today)
        await DraftAsync(unit, Document("依申请公开的文件", "OnRequestOnly", ["InternalAffairs"], "内部事务", formedOn: "2026-10-09"));

        var overdue = await ReadAsync<JsonObject>(await unit.Editor.GetAsync("/api/publication/records?deadline=Overdue"));
        Assert.Equal([late["id"]!.GetValue<Guid>()], overdue["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()));
        var dueSoon = await ReadAsync<JsonObject>(await unit.Editor.GetAsync("/api/publication/records?deadline=DueSoon"));
        Assert.Equal([soon["id"]!.GetValue<Guid>()], dueSoon["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()));

        Assert.Equal(HttpStatusCode.Forbidden, (await unit.Editor.PostAsync("/api/publication/deadlines/scan", null)).StatusCode);
        Assert.Equal(1, await ReadAsync<int>(await admin.PostAsync("/api/publication/deadlines/scan", null)));
        Assert.Equal(0, await ReadAsync<int>(await admin.PostAsync("/api/publication/deadlines/scan", null)));

        var marked = await ReadAsync<JsonObject>(await unit.Editor.GetAsync(Url(late)));
        Assert.Equal("2026-11-06", marked["overdueSince"]!.GetValue<string>());
        var outbox = await ReadAsync<JsonObject>(await admin.GetAsync("/api/admin/outbox?module=Publication"));
        Assert.Single(outbox["items"]!.AsArray(), m => m!["type"]!.GetValue<string>().EndsWith("GovernmentInformationOverdueIntegrationEvent"));

        // The next morning the second record is late too.
        Clock.Advance(TimeSpan.FromDays(1));
        admin = await AdminAsync();
        Assert.Equal(1, await ReadAsync<int>(await admin.PostAsync("/api/publication/deadlines/scan", null)));
    }

    [Fact]
    public async Task Given_catalogue_item_with_stricter_deadline_When_linked_Then_its_deadline_wins()
    {
        var admin = await AdminAsync();
        var unit = await PublicationApi.UnitAsync(admin, SignInAsync);
        var catalogueEditor = unit.Editor;
        var published = await CatalogueApi.PublishAsync(admin, catalogueEditor, unit.UnitId, "D04",
            CatalogueApi.Item("部门预算", deadline: "信息形成之日起5个工作日内"), CatalogueApi.Item("部门决算"));
        await DrainOutboxAsync();
        var strict = published["items"]!.AsArray()[0]!["itemId"]!.GetValue<Guid>();
        var ordinary = published["items"]!.AsArray()[1]!["itemId"]!.GetValue<Guid>();

        var record = await DraftAsync(unit, Document("2026年部门预算", formedOn: "2026-11-02", catalogueItemIds: [ordinary, strict]));
        Assert.Equal("2026-11-09", record["dueOn"]!.GetValue<string>());
        Assert.Contains("部门预算", record["deadlineBasis"]!.GetValue<string>());

        var unknown = await ProblemAsync(await PostJsonAsync(unit.Editor, $"/api/publication/units/{unit.UnitId}/records",
            Document("关联了不存在的事项", catalogueItemIds: [Guid.NewGuid()])), HttpStatusCode.BadRequest);
        Assert.Contains("catalogueItemIds[0]", unknown["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Given_open_record_When_the_calendar_changes_Then_its_deadline_is_recomputed()
    {
        var admin = await AdminAsync();
        var unit = await PublicationApi.UnitAsync(admin, SignInAsync);
        var open = await DraftAsync(unit, Document("待公开的文件", formedOn: "2026-10-26"));
        Assert.Equal("2026-11-23", open["dueOn"]!.GetValue<string>());

        await ReadAsync<JsonObject>(await PostJsonAsync(admin, "/api/organization/working-calendar/adjustments",
            new { date = "2026-11-02", isWorkingDay = false, reason = "县城区停电（县政府通知）" }), HttpStatusCode.Created);
        await DrainOutboxAsync();

        var moved = await ReadAsync<JsonObject>(await unit.Editor.GetAsync(Url(open)));
        Assert.Equal("2026-11-24", moved["dueOn"]!.GetValue<string>());
    }
}
