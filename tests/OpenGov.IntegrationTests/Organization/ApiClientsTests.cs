using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Infrastructure;

namespace OpenGov.IntegrationTests.Organization;

public sealed class ApiClientsTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    private static FormUrlEncodedContent Credentials(string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        return new FormUrlEncodedContent(form);
    }

    private async Task<(JsonObject Client, string Secret)> CreateClientAsync(HttpClient admin, Guid unitId)
    {
        var created = await ReadAsync<JsonObject>(await PostJsonAsync(admin, "/api/organization/api-clients",
            new { name = "县财政局 OA 系统", unitId, scopes = new[] { "publication.write", "publication.read" } }), HttpStatusCode.Created);
        return (created["client"]!.AsObject(), created["clientSecret"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_new_client_When_exchanging_credentials_Then_token_acts_for_its_unit_as_api_client()
    {
        var admin = await AdminAsync();
        var unitId = (await OrgApi.CreateUnitAsync(admin, "XX县财政局"))["id"]!.GetValue<Guid>();
        var (client, secret) = await CreateClientAsync(admin, unitId);
        var clientId = client["clientId"]!.GetValue<string>();

        var token = await ReadAsync<JsonObject>(await Anonymous().PostAsync("/api/auth/token", Credentials(clientId, secret, "publication.read")));
        Assert.Equal("Bearer", token["token_type"]!.GetValue<string>());
        Assert.Equal("publication.read", token["scope"]!.GetValue<string>());
        Assert.True(token["expires_in"]!.GetValue<int>() > 0);

        // The OA token may read units but not administer anything.
        var oa = WithToken(token["access_token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await oa.GetAsync($"/api/organization/units/{unitId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await oa.GetAsync("/api/organization/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await oa.GetAsync("/api/admin/audit")).StatusCode);

        var shown = await ReadAsync<JsonObject>(await admin.GetAsync($"/api/organization/api-clients/{client["id"]}"));
        Assert.NotNull(shown["lastUsedAt"]);
        Assert.Null(shown["clientSecret"]);
    }

    [Fact]
    public async Task Given_basic_auth_header_When_exchanging_Then_accepted_as_rfc6749_allows()
    {
        var admin = await AdminAsync();
        var unitId = (await OrgApi.CreateUnitAsync(admin, "XX县财政局"))["id"]!.GetValue<Guid>();
        var (client, secret) = await CreateClientAsync(admin, unitId);
        var http = Anonymous();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{client["clientId"]}:{secret}")));
        var response = await http.PostAsync("/api/auth/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Given_rotated_secret_When_old_one_used_Then_401_invalid_client_and_new_one_works()
    {
        var admin = await AdminAsync();
        var unitId = (await OrgApi.CreateUnitAsync(admin, "XX县财政局"))["id"]!.GetValue<Guid>();
        var (client, oldSecret) = await CreateClientAsync(admin, unitId);
        var clientId = client["clientId"]!.GetValue<string>();
        var rotated = await ReadAsync<JsonObject>(await admin.PostAsync($"/api/organization/api-clients/{client["id"]}/rotate-secret", null));
        var newSecret = rotated["clientSecret"]!.GetValue<string>();
        Assert.NotEqual(oldSecret, newSecret);

        var old = await ProblemAsync(await Anonymous().PostAsync("/api/auth/token", Credentials(clientId, oldSecret)), HttpStatusCode.Unauthorized);
        Assert.Equal("invalid_client", old["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().PostAsync("/api/auth/token", Credentials(clientId, newSecret))).StatusCode);
    }

    [Fact]
    public async Task Given_revoked_client_When_exchanging_Then_401_and_revoking_again_409()
    {
        var admin = await AdminAsync();
        var unitId = (await OrgApi.CreateUnitAsync(admin, "XX县财政局"))["id"]!.GetValue<Guid>();
        var (client, secret) = await CreateClientAsync(admin, unitId);
        var revoked = await ReadAsync<JsonObject>(await admin.PostAsync($"/api/organization/api-clients/{client["id"]}/revoke", null));
        Assert.NotNull(revoked["revokedAt"]);
        await ProblemAsync(await Anonymous().PostAsync("/api/auth/token", Credentials(client["clientId"]!.GetValue<string>(), secret)), HttpStatusCode.Unauthorized);
        await ProblemAsync(await admin.PostAsync($"/api/organization/api-clients/{client["id"]}/revoke", null), HttpStatusCode.Conflict);

        var active = await ReadAsync<JsonObject>(await admin.GetAsync("/api/organization/api-clients"));
        Assert.Equal(0, active["total"]!.GetValue<int>());
        var all = await ReadAsync<JsonObject>(await admin.GetAsync("/api/organization/api-clients?includeRevoked=true"));
        Assert.Equal(1, all["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Given_scope_not_allowed_When_exchanging_Then_400_invalid_scope()
    {
        var admin = await AdminAsync();
        var unitId = (await OrgApi.CreateUnitAsync(admin, "XX县财政局"))["id"]!.GetValue<Guid>();
        var (client, secret) = await CreateClientAsync(admin, unitId);
        var problem = await ProblemAsync(await Anonymous().PostAsync("/api/auth/token", Credentials(client["clientId"]!.GetValue<string>(), secret, "reporting.write")), HttpStatusCode.BadRequest);
        Assert.Equal("invalid_scope", problem["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_unknown_scope_When_creating_client_Then_400_on_scopes()
    {
        var admin = await AdminAsync();
        var unitId = (await OrgApi.CreateUnitAsync(admin, "XX县财政局"))["id"]!.GetValue<Guid>();
        var response = await PostJsonAsync(admin, "/api/organization/api-clients", new { name = "x", unitId, scopes = new[] { "everything" } });
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["scopes"]);
    }
}
