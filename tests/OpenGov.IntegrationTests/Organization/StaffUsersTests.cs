using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Infrastructure;

namespace OpenGov.IntegrationTests.Organization;

public sealed class StaffUsersTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    private static FormUrlEncodedContent Password(string user, string password) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "password",
        ["username"] = user,
        ["password"] = password,
    });

    [Fact]
    public async Task Given_user_created_without_password_When_signing_in_with_generated_one_Then_token_carries_unit_and_roles()
    {
        var admin = await AdminAsync();
        var unit = await OrgApi.CreateUnitAsync(admin, "XX县财政局");
        var created = await ReadAsync<JsonObject>(await PostJsonAsync(admin, "/api/organization/users",
            new { userName = "lisi", displayName = "李四", unitId = unit["id"], roles = new[] { "Editor", "Reviewer", "Editor" } }), HttpStatusCode.Created);
        var password = created["initialPassword"]!.GetValue<string>();
        Assert.Equal(16, password.Length);
        Assert.Equal(["Editor", "Reviewer"], created["user"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.True(created["user"]!["mustChangePassword"]!.GetValue<bool>());

        var me = await ReadAsync<JsonObject>(await (await SignInAsync("lisi", password)).GetAsync("/api/organization/me"));
        Assert.Equal("李四", me["displayName"]!.GetValue<string>());
        Assert.Equal(unit["id"]!.GetValue<Guid>(), me["unitId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Given_five_wrong_passwords_When_signing_in_Then_locked_even_with_right_password_until_unlocked()
    {
        var admin = await AdminAsync();
        var unit = await OrgApi.CreateUnitAsync(admin, "XX县财政局");
        var (id, password) = await OrgApi.CreateUserAsync(admin, "wangwu", unit["id"]!.GetValue<Guid>(), "Editor");
        var anonymous = Anonymous();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await ProblemAsync(await anonymous.PostAsync("/api/auth/token", Password("wangwu", "wrong-password-1")), HttpStatusCode.BadRequest);
            Assert.Equal("invalid_grant", wrong["error"]!.GetValue<string>());
        }

        var locked = await ProblemAsync(await anonymous.PostAsync("/api/auth/token", Password("wangwu", password)), HttpStatusCode.BadRequest);
        Assert.Contains("锁定", locked["detail"]!.GetValue<string>());

        var user = await ReadAsync<JsonObject>(await admin.GetAsync($"/api/organization/users/{id}"));
        Assert.NotNull(user["lockedUntil"]);
        await ReadAsync<JsonObject>(await admin.PostAsync($"/api/organization/users/{id}/unlock", null));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsync("/api/auth/token", Password("wangwu", password))).StatusCode);
    }

    [Fact]
    public async Task Given_lockout_When_clock_passes_lockout_duration_Then_sign_in_works_again()
    {
        var admin = await AdminAsync();
        var unit = await OrgApi.CreateUnitAsync(admin, "XX县财政局");
        var (_, password) = await OrgApi.CreateUserAsync(admin, "zhaoliu", unit["id"]!.GetValue<Guid>(), "Editor");
        for (var i = 0; i < 5; i++)
        {
            await Anonymous().PostAsync("/api/auth/token", Password("zhaoliu", "wrong-password-1"));
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await Anonymous().PostAsync("/api/auth/token", Password("zhaoliu", password))).StatusCode);
        Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().PostAsync("/api/auth/token", Password("zhaoliu", password))).StatusCode);
    }

    [Fact]
    public async Task Given_disabled_user_When_signing_in_Then_refused_and_enable_restores()
    {
        var admin = await AdminAsync();
        var unit = await OrgApi.CreateUnitAsync(admin, "XX县财政局");
        var (id, password) = await OrgApi.CreateUserAsync(admin, "sunqi", unit["id"]!.GetValue<Guid>(), "Editor");
        await ReadAsync<JsonObject>(await admin.PostAsync($"/api/organization/users/{id}/disable", null));
        var refused = await ProblemAsync(await Anonymous().PostAsync("/api/auth/token", Password("sunqi", password)), HttpStatusCode.BadRequest);
        Assert.Contains("停用", refused["detail"]!.GetValue<string>());
        await ReadAsync<JsonObject>(await admin.PostAsync($"/api/organization/users/{id}/enable", null));
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().PostAsync("/api/auth/token", Password("sunqi", password))).StatusCode);
    }

    [Fact]
    public async Task Given_unit_admin_When_managing_staff_Then_only_own_unit_and_never_county_admin()
    {
        var admin = await AdminAsync();
        var finance = (await OrgApi.CreateUnitAsync(admin, "XX县财政局"))["id"]!.GetValue<Guid>();
        var education = (await OrgApi.CreateUnitAsync(admin, "XX县教育局"))["id"]!.GetValue<Guid>();
        var (_, password) = await OrgApi.CreateUserAsync(admin, "finadmin", finance, "UnitAdmin");
        var (otherId, _) = await OrgApi.CreateUserAsync(admin, "eduuser", education, "Editor");
        var unitAdmin = await SignInAsync("finadmin", password);

        await ReadAsync<JsonObject>(await PostJsonAsync(unitAdmin, "/api/organization/users",
            new { userName = "fin-editor", displayName = "编辑", unitId = finance, roles = new[] { "Editor" } }), HttpStatusCode.Created);

        var otherUnit = await PostJsonAsync(unitAdmin, "/api/organization/users", new { userName = "x1", displayName = "x", unitId = education, roles = new[] { "Editor" } });
        Assert.Equal("auth.unit_scope", (await ProblemAsync(otherUnit, HttpStatusCode.Forbidden))["code"]!.GetValue<string>());

        var escalate = await PostJsonAsync(unitAdmin, "/api/organization/users", new { userName = "x2", displayName = "x", unitId = finance, roles = new[] { "CountyAdmin" } });
        Assert.Equal("user.county_admin_grant", (await ProblemAsync(escalate, HttpStatusCode.Forbidden))["code"]!.GetValue<string>());

        var list = await ReadAsync<JsonObject>(await unitAdmin.GetAsync($"/api/organization/users?unitId={education}"));
        Assert.All(list["items"]!.AsArray(), u => Assert.Equal(finance, u!["unitId"]!.GetValue<Guid>()));
        Assert.Equal(2, list["total"]!.GetValue<int>());

        Assert.Equal(HttpStatusCode.NotFound, (await unitAdmin.GetAsync($"/api/organization/users/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unitAdmin.PostAsync($"/api/organization/users/{otherId}/disable", null)).StatusCode);
    }

    [Fact]
    public async Task Given_editor_When_listing_users_Then_403()
    {
        var admin = await AdminAsync();
        var unit = await OrgApi.CreateUnitAsync(admin, "XX县财政局");
        var (_, password) = await OrgApi.CreateUserAsync(admin, "ed", unit["id"]!.GetValue<Guid>(), "Editor");
        var problem = await ProblemAsync(await (await SignInAsync("ed", password)).GetAsync("/api/organization/users"), HttpStatusCode.Forbidden);
        Assert.Equal("auth.role_required", problem["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_reset_password_When_user_signs_in_and_changes_it_Then_old_one_stops_working()
    {
        var admin = await AdminAsync();
        var unit = await OrgApi.CreateUnitAsync(admin, "XX县财政局");
        var (id, _) = await OrgApi.CreateUserAsync(admin, "zhouba", unit["id"]!.GetValue<Guid>(), "Editor");
        var reset = await ReadAsync<JsonObject>(await admin.PostAsync($"/api/organization/users/{id}/reset-password", null));
        var temporary = reset["initialPassword"]!.GetValue<string>();

        var user = await SignInAsync("zhouba", temporary);
        var weak = await PostJsonAsync(user, "/api/organization/me/password", new { currentPassword = temporary, newPassword = "abcdefgh" });
        Assert.Equal("password.too_weak", (await ProblemAsync(weak, HttpStatusCode.BadRequest))["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, (await PostJsonAsync(user, "/api/organization/me/password", new { currentPassword = temporary, newPassword = "NewPassw0rd!" })).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await Anonymous().PostAsync("/api/auth/token", Password("zhouba", temporary))).StatusCode);
        var me = await ReadAsync<JsonObject>(await (await SignInAsync("zhouba", "NewPassw0rd!")).GetAsync("/api/organization/me"));
        Assert.False(me["mustChangePassword"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Given_taken_user_name_When_creating_Then_400_on_user_name()
    {
        var admin = await AdminAsync();
        var unit = await OrgApi.CreateUnitAsync(admin, "XX县财政局");
        await OrgApi.CreateUserAsync(admin, "dup", unit["id"]!.GetValue<Guid>(), "Editor");
        var again = await PostJsonAsync(admin, "/api/organization/users", new { userName = "dup", displayName = "x", unitId = unit["id"], roles = new[] { "Editor" } });
        var problem = await ProblemAsync(again, HttpStatusCode.BadRequest);
        Assert.Equal("user.user_name_taken", problem["code"]!.GetValue<string>());
        Assert.NotNull(problem["errors"]!["userName"]);
    }
}
