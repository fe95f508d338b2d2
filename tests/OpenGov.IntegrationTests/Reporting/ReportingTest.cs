using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OpenGov.IntegrationTests.Infrastructure;
using OpenGov.IntegrationTests.Organization;
using OpenGov.IntegrationTests.Publication;
using OpenGov.IntegrationTests.Requests;

namespace OpenGov.IntegrationTests.Reporting;

/// <summary>Base of the Reporting HTTP tests: the host of the test class (see <see cref="ReportingFixture"/>) and sign-in.</summary>
[Collection(ReportingCollection.Name)]
public abstract class ReportingTest(ReportingFixture fixture) : IAsyncLifetime
{
    private OpenGovFactory? _factory;

    protected OpenGovFactory Factory => _factory ?? throw new InvalidOperationException("host not started");

    /// <summary>Starts at 2026-11-23T01:00Z (09:00 China time) for each class.</summary>
    protected FakeTimeProvider Clock => Factory.Clock;

    public async Task InitializeAsync() => _factory = await fixture.HostForAsync(GetType());

    public Task DisposeAsync() => Task.CompletedTask;

    protected HttpClient Anonymous() => Factory.CreateClient();

    protected Task<HttpClient> AdminAsync() => SignInAsync(OpenGovFactory.AdminUserName, OpenGovFactory.AdminPassword);

    protected async Task<HttpClient> SignInAsync(string userName, string password) => WithToken(await TokenAsync(
        new Dictionary<string, string> { ["grant_type"] = "password", ["username"] = userName, ["password"] = password }));

    protected HttpClient WithToken(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A unit with an editor, a reviewer and a leader (unit admin): enough to publish records, handle requests and report.</summary>
    private protected async Task<(PublicationUnit Publication, RequestUnit Requests)> UnitAsync(HttpClient admin, string name, string prefix)
    {
        var unit = await PublicationApi.UnitAsync(admin, SignInAsync, name, prefix);
        return (unit, new RequestUnit(unit.UnitId, unit.Editor, unit.Leader));
    }

    /// <summary>A unit whose staff only handle requests.</summary>
    private protected Task<RequestUnit> RequestUnitAsync(HttpClient admin, string name, string prefix) => RequestsApi.UnitAsync(admin, SignInAsync, name, prefix);

    /// <summary>An OA system of the unit, signed in with client credentials and the given scopes.</summary>
    protected async Task<HttpClient> OaClientAsync(HttpClient admin, Guid unitId, params string[] scopes)
    {
        var created = await ReportingApi.ReadAsync(await admin.PostAsync("/api/organization/api-clients",
            OrgApi.JsonContent(new { name = "OA 系统" + string.Join("-", scopes), unitId, scopes })), HttpStatusCode.Created);
        return WithToken(await TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = created["client"]!["clientId"]!.GetValue<string>(),
            ["client_secret"] = created["clientSecret"]!.GetValue<string>(),
        }));
    }

    /// <summary>Moves the clock to 09:00 China time on a later day (tokens last 8 h: sign in again afterwards).</summary>
    protected void MoveClockTo(DateOnly day) =>
        Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));

    private async Task<string> TokenAsync(Dictionary<string, string> form)
    {
        using var response = await Factory.CreateClient().PostAsync("/api/auth/token", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"sign-in failed: {body}");
        return JsonNode.Parse(body)!["access_token"]!.GetValue<string>();
    }
}
