using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Catalogue.Infrastructure.Persistence;
using OpenGov.IntegrationTests.Infrastructure;
using static OpenGov.IntegrationTests.Catalogue.CatalogueApi;

namespace OpenGov.IntegrationTests.Catalogue;

public sealed class CatalogueLifecycleTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Given_a_unit_catalogue_When_drafted_submitted_returned_approved_published_and_revised_Then_public_sees_current_version_and_history()
    {
        var admin = await AdminAsync();
        var (unitId, editor) = await UnitWithEditorAsync(admin, SignInAsync);
        var url = Url(unitId);

        var draft = await SendAsync(editor, HttpMethod.Post, url + "/draft", new { }, HttpStatusCode.Created);
        Assert.Equal("Draft", draft["status"]!.GetValue<string>());
        Assert.Equal(1, draft["edition"]!.GetValue<int>());

        draft = await SendAsync(editor, HttpMethod.Put, url + "/draft/items", new
        {
            items = new object[]
            {
                Item("部门预算", deadline: null),
                Item("部门决算", deadline: "批复后二十日内"),
                Item("三公经费", deadline: "按上级要求办理"),
            },
            version = VersionOf(draft),
        });
        var items = draft["items"]!.AsArray();
        Assert.Equal(3, items.Count);
        Assert.Equal("信息形成或者变更之日起20个工作日内", items[0]!["deadline"]!["text"]!.GetValue<string>());
        Assert.Equal("WorkingDays", items[0]!["deadline"]!["unit"]!.GetValue<string>());
        Assert.Equal(20, items[1]!["deadline"]!["count"]!.GetValue<int>());
        Assert.False(items[2]!["deadline"]!["isParsed"]!.GetValue<bool>());
        Assert.Equal(1, draft["unparsedDeadlines"]!.GetValue<int>());

        draft = await SendAsync(editor, HttpMethod.Post, url + "/draft/submit", new { version = VersionOf(draft) });
        Assert.Equal("Submitted", draft["status"]!.GetValue<string>());
        await SendAsync(editor, HttpMethod.Put, url + "/draft/items", new { items = new[] { Item("部门预算") }, version = VersionOf(draft) }, HttpStatusCode.Conflict);

        draft = await SendAsync(admin, HttpMethod.Post, url + "/draft/return", new { reason = "三公经费的公开时限不明确", version = VersionOf(draft) });
        Assert.Equal("Returned", draft["status"]!.GetValue<string>());
        Assert.Equal("三公经费的公开时限不明确", draft["returnReason"]!.GetValue<string>());

        var keep = draft["items"]!.AsArray().Select(i => i!["itemId"]!.GetValue<Guid>()).ToList();
        draft = await SendAsync(editor, HttpMethod.Put, url + "/draft/items", new
        {
            items = new object[]
            {
                Item("部门预算", itemId: keep[0]), Item("部门决算", deadline: "批复后二十日内", itemId: keep[1]),
                Item("三公经费", deadline: "信息形成之日起3个工作日内", itemId: keep[2]),
            },
            version = VersionOf(draft),
        });
        Assert.Equal(keep, draft["items"]!.AsArray().Select(i => i!["itemId"]!.GetValue<Guid>()).ToList());
        draft = await SendAsync(editor, HttpMethod.Post, url + "/draft/submit", new { version = VersionOf(draft) });
        draft = await SendAsync(admin, HttpMethod.Post, url + "/draft/approve", new { version = VersionOf(draft) });
        Assert.Equal("Approved", draft["status"]!.GetValue<string>());
        var published = await SendAsync(admin, HttpMethod.Post, url + "/draft/publish", new { version = VersionOf(draft) });
        Assert.Equal("Published", published["status"]!.GetValue<string>());

        // Published is immutable: no open version left to edit.
        await SendAsync(editor, HttpMethod.Put, url + "/draft/items", new { items = new[] { Item("部门预算") }, version = VersionOf(published) }, HttpStatusCode.Conflict);

        var open = await ReadAsync<JsonObject>(await Anonymous().GetAsync($"/api/public/catalogue/units/{unitId}/catalogues/D04"));
        Assert.Equal("XX县财政局", open["unitName"]!.GetValue<string>());
        Assert.Equal("财政预决算", open["domainName"]!.GetValue<string>());
        Assert.Equal(3, open["items"]!.AsArray().Count);
        Assert.Single(open["history"]!.AsArray());

        // 动态调整: a new version needs a reason, copies the items, and keeps their ids.
        var noReason = await ProblemAsync(await PostJsonAsync(editor, url + "/draft", new { }), HttpStatusCode.BadRequest);
        Assert.True(noReason["errors"]!.AsObject().ContainsKey("changeReason"));
        var revision = await SendAsync(editor, HttpMethod.Post, url + "/draft", new { changeReason = "三公经费并入部门决算" }, HttpStatusCode.Created);
        Assert.Equal(2, revision["edition"]!.GetValue<int>());
        Assert.Equal(keep, revision["items"]!.AsArray().Select(i => i!["itemId"]!.GetValue<Guid>()).ToList());

        revision = await SendAsync(editor, HttpMethod.Put, url + "/draft/items", new
        {
            items = new object[] { Item("部门预算", itemId: keep[0]), Item("部门决算（含三公经费）", deadline: "批复后二十日内", itemId: keep[1]), Item("政府采购") },
            version = VersionOf(revision),
        });
        revision = await SendAsync(editor, HttpMethod.Post, url + "/draft/submit", new { version = VersionOf(revision) });
        revision = await SendAsync(admin, HttpMethod.Post, url + "/draft/approve", new { version = VersionOf(revision) });

        // Until the new version is published, the public still sees version 1.
        open = await ReadAsync<JsonObject>(await Anonymous().GetAsync($"/api/public/catalogue/units/{unitId}/catalogues/D04"));
        Assert.Equal(1, open["edition"]!.GetValue<int>());

        await SendAsync(admin, HttpMethod.Post, url + "/draft/publish", new { version = VersionOf(revision) });
        open = await ReadAsync<JsonObject>(await Anonymous().GetAsync($"/api/public/catalogue/units/{unitId}/catalogues/D04"));
        Assert.Equal(2, open["edition"]!.GetValue<int>());
        Assert.Equal(["部门预算", "部门决算（含三公经费）", "政府采购"], open["items"]!.AsArray().Select(i => i!["secondLevel"]!.GetValue<string>()));
        var history = open["history"]!.AsArray();
        Assert.Equal(2, history.Count);
        Assert.Equal("三公经费并入部门决算", history[0]!["changeReason"]!.GetValue<string>());
        Assert.NotNull(history[1]!["supersededAt"]);

        var editions = await ReadAsync<JsonArray>(await editor.GetAsync(url + "/editions"));
        Assert.Equal(["Published", "Superseded"], editions.Select(e => e!["status"]!.GetValue<string>()));

        // Integration events, written by the unit of work in the same transaction.
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var types = await db.OutboxMessages.OrderBy(m => m.OccurredAt).Select(m => m.Type).ToListAsync();
        Assert.Equal(2, types.Count(t => t.EndsWith(".CataloguePublishedIntegrationEvent")));
        Assert.Single(types, t => t.EndsWith(".CatalogueItemChangedIntegrationEvent"));
        Assert.Single(types, t => t.EndsWith(".CatalogueItemRetiredIntegrationEvent"));
        var retired = await db.OutboxMessages.Where(m => m.Type.EndsWith(".CatalogueItemRetiredIntegrationEvent")).Select(m => m.Payload).SingleAsync();
        Assert.Contains(keep[2].ToString(), retired);
        Assert.Contains("三公经费", retired);
    }

    [Fact]
    public async Task Given_duplicate_second_level_When_saving_items_Then_400_names_the_row_field()
    {
        var admin = await AdminAsync();
        var (unitId, editor) = await UnitWithEditorAsync(admin, SignInAsync);
        var draft = await SendAsync(editor, HttpMethod.Post, Url(unitId) + "/draft", new { }, HttpStatusCode.Created);
        var problem = await ProblemAsync(
            await PutJsonAsync(editor, Url(unitId) + "/draft/items", new { items = new[] { Item("部门预算"), Item("部门决算"), Item("部门预算") }, version = VersionOf(draft) }),
            HttpStatusCode.BadRequest);
        Assert.Equal("catalogue.item_duplicate", problem["code"]!.GetValue<string>());
        Assert.True(problem["errors"]!.AsObject().ContainsKey("items[2].secondLevel"));
    }

    [Fact]
    public async Task Given_bad_item_columns_When_saving_Then_400_with_chinese_message_per_field()
    {
        var admin = await AdminAsync();
        var (unitId, editor) = await UnitWithEditorAsync(admin, SignInAsync);
        var draft = await SendAsync(editor, HttpMethod.Post, Url(unitId) + "/draft", new { }, HttpStatusCode.Created);
        var problem = await ProblemAsync(await PutJsonAsync(editor, Url(unitId) + "/draft/items", new
        {
            items = new object[]
            {
                new
                {
                    firstLevel = "", secondLevel = new string('长', 201), content = "内容", basis = "依据", subject = "县财政局",
                    channels = new[] { "Other" }, audiences = new[] { "SpecificGroup" }, methods = Array.Empty<string>(), levels = new[] { "County", "Township" },
                },
            },
            version = VersionOf(draft),
        }), HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        foreach (var field in new[] { "items[0].firstLevel", "items[0].secondLevel", "items[0].otherChannel", "items[0].specificGroup", "items[0].methods" })
        {
            Assert.True(errors.ContainsKey(field), $"{field} missing in {errors.ToJsonString()}");
        }

        Assert.Contains("特定群体", errors["items[0].specificGroup"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_an_approved_catalogue_When_approved_or_returned_again_Then_409()
    {
        var admin = await AdminAsync();
        var (unitId, editor) = await UnitWithEditorAsync(admin, SignInAsync);
        var url = Url(unitId);
        var draft = await SendAsync(editor, HttpMethod.Post, url + "/draft", new { }, HttpStatusCode.Created);
        draft = await SendAsync(editor, HttpMethod.Put, url + "/draft/items", new { items = new[] { Item("部门预算") }, version = VersionOf(draft) });
        draft = await SendAsync(editor, HttpMethod.Post, url + "/draft/submit", new { version = VersionOf(draft) });
        var read = VersionOf(draft);
        await SendAsync(admin, HttpMethod.Post, url + "/draft/approve", new { version = read });

        var again = await ProblemAsync(await PostJsonAsync(admin, url + "/draft/approve", new { version = read }), HttpStatusCode.Conflict);
        Assert.Equal("catalogue.already_approved", again["code"]!.GetValue<string>());
        var returned = await ProblemAsync(await PostJsonAsync(admin, url + "/draft/return", new { reason = "不同意", version = read }), HttpStatusCode.Conflict);
        Assert.Equal("catalogue.already_approved", returned["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_stale_version_When_saving_items_Then_409()
    {
        var admin = await AdminAsync();
        var (unitId, editor) = await UnitWithEditorAsync(admin, SignInAsync);
        var draft = await SendAsync(editor, HttpMethod.Post, Url(unitId) + "/draft", new { }, HttpStatusCode.Created);
        await SendAsync(editor, HttpMethod.Put, Url(unitId) + "/draft/items", new { items = new[] { Item("部门预算") }, version = VersionOf(draft) });
        var stale = await ProblemAsync(
            await PutJsonAsync(editor, Url(unitId) + "/draft/items", new { items = new[] { Item("部门决算") }, version = VersionOf(draft) }), HttpStatusCode.Conflict);
        Assert.Equal("concurrency.stale", stale["code"]!.GetValue<string>());
        await ProblemAsync(await PostJsonAsync(editor, Url(unitId) + "/draft", new { }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Given_other_units_or_roles_When_editing_or_reviewing_Then_403_and_unknown_404()
    {
        var admin = await AdminAsync();
        var (unitId, editor) = await UnitWithEditorAsync(admin, SignInAsync);
        var (_, otherEditor) = await UnitWithEditorAsync(admin, SignInAsync, "XX县教育局", "edu-editor");
        var url = Url(unitId);

        await ProblemAsync(await PostJsonAsync(otherEditor, url + "/draft", new { }), HttpStatusCode.Forbidden);
        var county = await ProblemAsync(await PostJsonAsync(admin, url + "/draft", new { }), HttpStatusCode.Forbidden);
        Assert.Equal("auth.role_required", county["code"]!.GetValue<string>());

        var draft = await SendAsync(editor, HttpMethod.Post, url + "/draft", new { }, HttpStatusCode.Created);
        await ProblemAsync(await otherEditor.GetAsync(url), HttpStatusCode.Forbidden);
        await ProblemAsync(await PostJsonAsync(editor, url + "/draft/approve", new { version = VersionOf(draft) }), HttpStatusCode.Forbidden);

        await ProblemAsync(await admin.GetAsync(Url(unitId, "D05")), HttpStatusCode.NotFound);
        await ProblemAsync(await PostJsonAsync(editor, Url(unitId, "D99") + "/draft", new { }), HttpStatusCode.NotFound);
        await ProblemAsync(await Anonymous().GetAsync($"/api/public/catalogue/units/{unitId}/catalogues/D04"), HttpStatusCode.NotFound);

        var list = await ReadAsync<JsonObject>(await otherEditor.GetAsync("/api/catalogue/catalogues"));
        Assert.Equal(0, list["total"]!.GetValue<int>());
        var all = await ReadAsync<JsonObject>(await admin.GetAsync("/api/catalogue/catalogues?status=Draft"));
        Assert.Equal(1, all["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Given_published_catalogues_When_searching_items_by_name_Then_paged_hits_across_units()
    {
        var admin = await AdminAsync();
        var (finance, financeEditor) = await UnitWithEditorAsync(admin, SignInAsync);
        var (education, educationEditor) = await UnitWithEditorAsync(admin, SignInAsync, "XX县教育局", "edu-editor");
        await PublishAsync(admin, financeEditor, finance, "D04", Item("部门预算"), Item("部门决算"));
        await PublishAsync(admin, educationEditor, education, "D24", Item("教育部门预算", "经费公开"), Item("招生政策", "招生入学"));

        var hits = await ReadAsync<JsonObject>(await Anonymous().GetAsync("/api/public/catalogue/items?q=预算&pageSize=1"));
        Assert.Equal(2, hits["total"]!.GetValue<int>());
        Assert.Single(hits["items"]!.AsArray());

        var education2 = await ReadAsync<JsonObject>(await Anonymous().GetAsync($"/api/public/catalogue/items?q=预算&domainCode=D24"));
        Assert.Equal("XX县教育局", education2["items"]![0]!["unitName"]!.GetValue<string>());
        Assert.Equal("义务教育", education2["items"]![0]!["domainName"]!.GetValue<string>());

        var domains = await ReadAsync<JsonArray>(await Anonymous().GetAsync($"/api/public/catalogue/units/{education}/catalogues"));
        var only = Assert.Single(domains)!;
        Assert.Equal("D24", only["domainCode"]!.GetValue<string>());
        Assert.Equal(2, only["itemCount"]!.GetValue<int>());

        // Drafts are never public.
        var draft = await SendAsync(financeEditor, HttpMethod.Post, Url(finance) + "/draft", new { changeReason = "新增事项" }, HttpStatusCode.Created);
        await SendAsync(financeEditor, HttpMethod.Put, Url(finance) + "/draft/items", new { items = new[] { Item("部门预算"), Item("预算调整") }, version = VersionOf(draft) });
        var still = await ReadAsync<JsonObject>(await Anonymous().GetAsync("/api/public/catalogue/items?q=预算"));
        Assert.Equal(2, still["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Given_retired_domain_When_opening_a_catalogue_Then_409()
    {
        var admin = await AdminAsync();
        var (unitId, editor) = await UnitWithEditorAsync(admin, SignInAsync);
        await admin.PostAsync("/api/catalogue/domains/D14/retire", null);
        var problem = await ProblemAsync(await PostJsonAsync(editor, Url(unitId, "D14") + "/draft", new { }), HttpStatusCode.Conflict);
        Assert.Equal("domain.retired", problem["code"]!.GetValue<string>());
    }
}
