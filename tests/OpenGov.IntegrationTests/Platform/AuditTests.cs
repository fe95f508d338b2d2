using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Infrastructure;
using OpenGov.IntegrationTests.Organization;

namespace OpenGov.IntegrationTests.Platform;

public sealed class AuditTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Given_commands_When_county_admin_queries_audit_Then_who_unit_when_command_and_target_are_recorded()
    {
        var admin = await AdminAsync();
        var unit = await OrgApi.CreateUnitAsync(admin, "XX县财政局");
        var unitId = unit["id"]!.GetValue<Guid>();
        var unitCreatedAt = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromSeconds(5));
        await OrgApi.CreateUserAsync(admin, "auditee", unitId, "Editor");

        var entries = await ReadAsync<JsonObject>(await admin.GetAsync($"/api/admin/audit?commandName=CreateUnitCommand&targetId={unitId}"));
        var entry = Assert.Single(entries["items"]!.AsArray())!;
        Assert.Equal(OpenGovFactory.AdminUserName, entry["userName"]!.GetValue<string>());
        Assert.Equal(await OrgApi.RootUnitIdAsync(admin), entry["unitId"]!.GetValue<Guid>());
        Assert.Equal("Organization", entry["module"]!.GetValue<string>());
        Assert.Equal(unitCreatedAt, entry["occurredAt"]!.GetValue<DateTimeOffset>());

        // Sign-in is anonymous, so it is recorded under its target (the user name), not as the user's own command.
        var byUser = await ReadAsync<JsonObject>(await admin.GetAsync($"/api/admin/audit?userName={OpenGovFactory.AdminUserName}&pageSize=1"));
        Assert.Equal(2, byUser["total"]!.GetValue<int>());
        Assert.Equal("CreateStaffUserCommand", Assert.Single(byUser["items"]!.AsArray())!["commandName"]!.GetValue<string>());
        var signIns = await ReadAsync<JsonObject>(await admin.GetAsync($"/api/admin/audit?commandName=PasswordGrantCommand&targetId={OpenGovFactory.AdminUserName}"));
        Assert.True(signIns["total"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public async Task Given_failed_command_When_querying_audit_Then_nothing_recorded_for_it()
    {
        var admin = await AdminAsync();
        await admin.PostAsync("/api/organization/units", OrgApi.JsonContent(new { name = "", type = "CountyDepartment" }));
        var entries = await ReadAsync<JsonObject>(await admin.GetAsync("/api/admin/audit?commandName=CreateUnitCommand"));
        Assert.Equal(0, entries["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Given_unit_admin_When_querying_audit_Then_403()
    {
        var admin = await AdminAsync();
        var unit = await OrgApi.CreateUnitAsync(admin, "XX县财政局");
        var (_, password) = await OrgApi.CreateUserAsync(admin, "ua", unit["id"]!.GetValue<Guid>(), "UnitAdmin");
        await ProblemAsync(await (await SignInAsync("ua", password)).GetAsync("/api/admin/audit"), HttpStatusCode.Forbidden);
    }
}
