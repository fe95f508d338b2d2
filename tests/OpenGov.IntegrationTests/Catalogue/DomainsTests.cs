using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Infrastructure;
using OpenGov.IntegrationTests.Organization;

namespace OpenGov.IntegrationTests.Catalogue;

public sealed class DomainsTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Given_fresh_database_When_listing_public_domains_Then_26_pilot_domains_in_source_order()
    {
        var list = await ReadAsync<JsonArray>(await Anonymous().GetAsync("/api/public/catalogue/domains"));
        Assert.Equal(26, list.Count);
        Assert.Equal("D01", list[0]!["code"]!.GetValue<string>());
        Assert.Equal("国土空间规划", list[0]!["name"]!.GetValue<string>());
        Assert.Equal("D26", list[25]!["code"]!.GetValue<string>());
        Assert.Equal("市政服务", list[25]!["name"]!.GetValue<string>());
        Assert.All(list, d => Assert.True(d!["isPilot"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Given_county_admin_When_adding_renaming_and_retiring_a_domain_Then_code_D27_and_hidden_from_public_once_retired()
    {
        var admin = await AdminAsync();
        var created = await ReadAsync<JsonObject>(await PostJsonAsync(admin, "/api/catalogue/domains", new { name = "营商环境" }), HttpStatusCode.Created);
        Assert.Equal("D27", created["code"]!.GetValue<string>());
        Assert.Equal(27, created["sortOrder"]!.GetValue<int>());
        Assert.False(created["isPilot"]!.GetValue<bool>());

        var renamed = await ReadAsync<JsonObject>(await PutJsonAsync(admin, "/api/catalogue/domains/D27", new { name = "优化营商环境", version = created["version"]!.GetValue<int>() }));
        Assert.Equal("优化营商环境", renamed["name"]!.GetValue<string>());

        var retired = await ReadAsync<JsonObject>(await admin.PostAsync("/api/catalogue/domains/D27/retire", null));
        Assert.True(retired["isRetired"]!.GetValue<bool>());
        var publicList = await ReadAsync<JsonArray>(await Anonymous().GetAsync("/api/public/catalogue/domains"));
        Assert.DoesNotContain(publicList, d => d!["code"]!.GetValue<string>() == "D27");
        var staffList = await ReadAsync<JsonArray>(await admin.GetAsync("/api/catalogue/domains?includeRetired=true"));
        Assert.Contains(staffList, d => d!["code"]!.GetValue<string>() == "D27");

        // Retired codes are never reused.
        var next = await ReadAsync<JsonObject>(await PostJsonAsync(admin, "/api/catalogue/domains", new { name = "乡村振兴" }), HttpStatusCode.Created);
        Assert.Equal("D28", next["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_pilot_domain_When_renamed_Then_400_names_the_field()
    {
        var admin = await AdminAsync();
        var domain = await ReadAsync<JsonObject>(await admin.GetAsync("/api/catalogue/domains/D01"));
        var problem = await ProblemAsync(
            await PutJsonAsync(admin, "/api/catalogue/domains/D01", new { name = "规划", version = domain["version"]!.GetValue<int>() }), HttpStatusCode.BadRequest);
        Assert.Equal("domain.pilot_name_fixed", problem["code"]!.GetValue<string>());
        Assert.True(problem["errors"]!.AsObject().ContainsKey("name"));
    }

    [Fact]
    public async Task Given_duplicate_or_too_long_name_When_adding_Then_400_in_chinese()
    {
        var admin = await AdminAsync();
        var duplicate = await ProblemAsync(await PostJsonAsync(admin, "/api/catalogue/domains", new { name = "扶贫" }), HttpStatusCode.BadRequest);
        Assert.Equal("domain.name_duplicate", duplicate["code"]!.GetValue<string>());
        var tooLong = await ProblemAsync(await PostJsonAsync(admin, "/api/catalogue/domains", new { name = new string('长', 51) }), HttpStatusCode.BadRequest);
        Assert.True(tooLong["errors"]!.AsObject().ContainsKey("name"));
    }

    [Fact]
    public async Task Given_stale_version_When_updating_Then_409()
    {
        var admin = await AdminAsync();
        await PostJsonAsync(admin, "/api/catalogue/domains", new { name = "营商环境" });
        var problem = await ProblemAsync(await PutJsonAsync(admin, "/api/catalogue/domains/D27", new { name = "新名称", version = 99 }), HttpStatusCode.Conflict);
        Assert.Equal("concurrency.stale", problem["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_editor_When_adding_a_domain_Then_403_and_unknown_code_404()
    {
        var admin = await AdminAsync();
        var unit = await OrgApi.CreateUnitAsync(admin, "XX县财政局");
        var (_, password) = await OrgApi.CreateUserAsync(admin, "editor1", unit["id"]!.GetValue<Guid>(), "Editor");
        var editor = await SignInAsync("editor1", password);
        await ProblemAsync(await PostJsonAsync(editor, "/api/catalogue/domains", new { name = "营商环境" }), HttpStatusCode.Forbidden);
        Assert.Equal(26, (await ReadAsync<JsonArray>(await editor.GetAsync("/api/catalogue/domains"))).Count);
        await ProblemAsync(await admin.GetAsync("/api/catalogue/domains/D99"), HttpStatusCode.NotFound);
        await ProblemAsync(await admin.PostAsync("/api/catalogue/domains/D99/retire", null), HttpStatusCode.NotFound);
    }
}
