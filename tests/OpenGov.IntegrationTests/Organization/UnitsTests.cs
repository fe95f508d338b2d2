using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Infrastructure;

namespace OpenGov.IntegrationTests.Organization;

public sealed class UnitsTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Given_first_start_When_listing_units_Then_only_the_county_government_exists()
    {
        var admin = await AdminAsync();
        var list = await ReadAsync<JsonObject>(await admin.GetAsync("/api/organization/units"));
        Assert.Equal(1, list["total"]!.GetValue<int>());
        Assert.Equal("测试县人民政府", list["items"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("CountyGovernment", list["items"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_valid_unit_When_created_Then_it_is_returned_with_version_one_and_listed_paged_and_sorted()
    {
        var admin = await AdminAsync();
        var root = await OrgApi.RootUnitIdAsync(admin);
        foreach (var name in new[] { "XX县财政局", "XX县教育局", "城关镇人民政府" })
        {
            await OrgApi.CreateUnitAsync(admin, name, root, name.EndsWith("政府") ? "Township" : "CountyDepartment");
        }

        var created = await OrgApi.CreateUnitAsync(admin, "XX县民政局", root);
        Assert.Equal(1, created["version"]!.GetValue<int>());
        Assert.Equal(root, created["parentId"]!.GetValue<Guid>());

        var page = await ReadAsync<JsonObject>(await admin.GetAsync("/api/organization/units?type=CountyDepartment&sort=-name&page=1&pageSize=2"));
        Assert.Equal(3, page["total"]!.GetValue<int>());
        Assert.Equal(2, page["items"]!.AsArray().Count);
        var names = page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(names.OrderByDescending(n => n, StringComparer.Ordinal).ToList(), names);

        var search = await ReadAsync<JsonObject>(await admin.GetAsync("/api/organization/units?q=城关"));
        Assert.Equal("城关镇人民政府", search["items"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_bad_fields_When_creating_unit_Then_400_names_every_field_in_chinese()
    {
        var admin = await AdminAsync();
        var response = await admin.PostAsync("/api/organization/units", OrgApi.JsonContent(new
        {
            name = new string('长', 101),
            type = "CountyDepartment",
            parentId = await OrgApi.RootUnitIdAsync(admin),
            creditCode = "91350100M000100Y44",
            contact = new { email = "not-an-email", postalCode = "12" },
        }));
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        Assert.Contains("name", errors.Select(e => e.Key));
        Assert.Contains("creditCode", errors.Select(e => e.Key));
        Assert.Contains("contact.email", errors.Select(e => e.Key));
        Assert.Contains("contact.postalCode", errors.Select(e => e.Key));
        Assert.Equal("统一社会信用代码格式或校验位不正确", errors["creditCode"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_existing_name_When_creating_unit_Then_400_on_name()
    {
        var admin = await AdminAsync();
        await OrgApi.CreateUnitAsync(admin, "XX县财政局");
        var response = await admin.PostAsync("/api/organization/units",
            OrgApi.JsonContent(new { name = "XX县财政局", type = "CountyDepartment", parentId = await OrgApi.RootUnitIdAsync(admin) }));
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("unit.name_duplicate", problem["code"]!.GetValue<string>());
        Assert.NotNull(problem["errors"]!["name"]);
    }

    [Fact]
    public async Task Given_stale_version_When_updating_unit_Then_409_and_fresh_version_succeeds()
    {
        var admin = await AdminAsync();
        var unit = await OrgApi.CreateUnitAsync(admin, "XX县财政局");
        var id = unit["id"]!.GetValue<Guid>();
        var parentId = unit["parentId"]!.GetValue<Guid>();

        var first = await ReadAsync<JsonObject>(await admin.PutAsync($"/api/organization/units/{id}",
            OrgApi.JsonContent(new { name = "XX县财政局（国资办）", type = "CountyDepartment", parentId, version = 1 })));
        Assert.Equal(2, first["version"]!.GetValue<int>());

        var stale = await admin.PutAsync($"/api/organization/units/{id}",
            OrgApi.JsonContent(new { name = "XX县财政局", type = "CountyDepartment", parentId, version = 1 }));
        var problem = await ProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal("concurrency.stale", problem["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_unit_admin_When_editing_Then_own_name_allowed_but_type_and_other_units_forbidden()
    {
        var admin = await AdminAsync();
        var finance = await OrgApi.CreateUnitAsync(admin, "XX县财政局");
        var education = await OrgApi.CreateUnitAsync(admin, "XX县教育局");
        var financeId = finance["id"]!.GetValue<Guid>();
        var parentId = finance["parentId"]!.GetValue<Guid>();
        var (_, password) = await OrgApi.CreateUserAsync(admin, "caizheng", financeId, "UnitAdmin");
        var unitAdmin = await SignInAsync("caizheng", password);

        var rename = await unitAdmin.PutAsync($"/api/organization/units/{financeId}",
            OrgApi.JsonContent(new { name = "XX县财政局", shortName = "财政局", type = "CountyDepartment", parentId, contact = new { person = "张三", phone = "0851-1234567" }, version = 1 }));
        var renamed = await ReadAsync<JsonObject>(rename);
        Assert.Equal("财政局", renamed["shortName"]!.GetValue<string>());

        var retype = await unitAdmin.PutAsync($"/api/organization/units/{financeId}",
            OrgApi.JsonContent(new { name = "XX县财政局", type = "Township", parentId, version = 2 }));
        Assert.Equal("unit.structure_county_only", (await ProblemAsync(retype, HttpStatusCode.Forbidden))["code"]!.GetValue<string>());

        var other = await unitAdmin.PutAsync($"/api/organization/units/{education["id"]}",
            OrgApi.JsonContent(new { name = "改名", type = "CountyDepartment", parentId, version = 1 }));
        Assert.Equal("auth.unit_scope", (await ProblemAsync(other, HttpStatusCode.Forbidden))["code"]!.GetValue<string>());

        var create = await unitAdmin.PostAsync("/api/organization/units", OrgApi.JsonContent(new { name = "新单位", type = "CountyDepartment", parentId }));
        Assert.Equal("auth.role_required", (await ProblemAsync(create, HttpStatusCode.Forbidden))["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_unit_with_active_child_When_deactivating_Then_409_until_child_is_deactivated()
    {
        var admin = await AdminAsync();
        var town = await OrgApi.CreateUnitAsync(admin, "城关镇人民政府", type: "Township");
        var office = await OrgApi.CreateUnitAsync(admin, "城关镇党政综合办公室", town["id"]!.GetValue<Guid>());

        var refused = await admin.PostAsync($"/api/organization/units/{town["id"]}/deactivate", null);
        Assert.Equal("unit.has_active_children", (await ProblemAsync(refused, HttpStatusCode.Conflict))["code"]!.GetValue<string>());

        await ReadAsync<JsonObject>(await admin.PostAsync($"/api/organization/units/{office["id"]}/deactivate", null));
        var done = await ReadAsync<JsonObject>(await admin.PostAsync($"/api/organization/units/{town["id"]}/deactivate", null));
        Assert.False(done["isActive"]!.GetValue<bool>());

        var reactivateChild = await admin.PostAsync($"/api/organization/units/{office["id"]}/activate", null);
        Assert.Equal("unit.parent_inactive", (await ProblemAsync(reactivateChild, HttpStatusCode.Conflict))["code"]!.GetValue<string>());

        var root = await OrgApi.RootUnitIdAsync(admin);
        var rootRefused = await admin.PostAsync($"/api/organization/units/{root}/deactivate", null);
        Assert.Equal(HttpStatusCode.Conflict, rootRefused.StatusCode);
    }

    [Fact]
    public async Task Given_unit_moved_under_its_own_child_When_updating_Then_400_parent_cycle()
    {
        var admin = await AdminAsync();
        var town = await OrgApi.CreateUnitAsync(admin, "城关镇人民政府", type: "Township");
        var office = await OrgApi.CreateUnitAsync(admin, "城关镇党政综合办公室", town["id"]!.GetValue<Guid>());
        var response = await admin.PutAsync($"/api/organization/units/{town["id"]}",
            OrgApi.JsonContent(new { name = "城关镇人民政府", type = "Township", parentId = office["id"]!.GetValue<Guid>(), version = 1 }));
        Assert.Equal("unit.parent_cycle", (await ProblemAsync(response, HttpStatusCode.BadRequest))["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_unknown_id_When_reading_Then_404_problem()
    {
        var admin = await AdminAsync();
        var problem = await ProblemAsync(await admin.GetAsync($"/api/organization/units/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        Assert.Equal("unit.not_found", problem["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_public_reader_When_listing_public_units_Then_active_units_without_token()
    {
        var admin = await AdminAsync();
        var unit = await OrgApi.CreateUnitAsync(admin, "XX县财政局");
        await admin.PostAsync($"/api/organization/units/{unit["id"]}/deactivate", null);
        await OrgApi.CreateUnitAsync(admin, "XX县教育局");

        var list = await ReadAsync<JsonArray>(await Anonymous().GetAsync("/api/public/organization/units"));
        var names = list.Select(u => u!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("XX县教育局", names);
        Assert.DoesNotContain("XX县财政局", names);
    }

    [Fact]
    public async Task Given_unit_created_When_outbox_dispatched_Then_consumers_receive_unit_created_event()
    {
        var admin = await AdminAsync();
        var unit = await OrgApi.CreateUnitAsync(admin, "XX县财政局");
        await DrainOutboxAsync();
        var outbox = await ReadAsync<JsonObject>(await admin.GetAsync("/api/admin/outbox?status=Processed"));
        var payloads = outbox["items"]!.AsArray().Select(i => i!["payload"]!.GetValue<string>()).ToList();
        Assert.Contains(payloads, p => p.Contains(unit["id"]!.GetValue<Guid>().ToString()) && p.Contains("XX县财政局"));
        Assert.Equal(2, Consumers.Effects.Count);
    }
}
