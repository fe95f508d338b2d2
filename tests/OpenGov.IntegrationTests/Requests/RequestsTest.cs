using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenGov.BuildingBlocks.Infrastructure.Outbox;
using OpenGov.IntegrationTests.Infrastructure;
using OpenGov.Requests.Contracts;

namespace OpenGov.IntegrationTests.Requests;

/// <summary>Base of the Requests HTTP tests: the helpers of <see cref="ApiTest"/> on a host of the test's own.</summary>
[Collection(RequestsCollection.Name)]
public abstract class RequestsTest(RequestsFixture fixture) : IAsyncLifetime
{
    private OpenGovFactory? _factory;

    protected OpenGovFactory Factory => _factory ?? throw new InvalidOperationException("host not started");

    /// <summary>Starts at 2026-11-23T01:00Z (09:00 China time) in every test.</summary>
    protected FakeTimeProvider Clock => Factory.Clock;

    public async Task InitializeAsync() => _factory = await fixture.FreshHostAsync();

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    protected HttpClient Anonymous() => Factory.CreateClient();

    protected Task<HttpClient> AdminAsync() => SignInAsync(OpenGovFactory.AdminUserName, OpenGovFactory.AdminPassword);

    protected async Task<HttpClient> SignInAsync(string userName, string password)
    {
        using var response = await Factory.CreateClient().PostAsync("/api/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = userName,
            ["password"] = password,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"sign-in of {userName} failed: {body}");
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", JsonNode.Parse(body)!["access_token"]!.GetValue<string>());
        return client;
    }

    /// <summary>Moves the clock to 09:00 China time on a later day (tokens last 8 h: sign in again afterwards).</summary>
    protected void MoveClockTo(DateOnly day) =>
        Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));

    protected static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, ApiTest.Json)!;
    }

    protected static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>The field names a validation problem reports.</summary>
    protected static async Task<IReadOnlyList<string>> FieldErrorsAsync(HttpResponseMessage response)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        return problem["errors"]?.AsObject().Select(e => e.Key).ToList() ?? [];
    }

    protected static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body, ApiTest.Json);

    protected static Task<HttpResponseMessage> PutJsonAsync(HttpClient client, string url, object body) => client.PutAsJsonAsync(url, body, ApiTest.Json);

    /// <summary>Tables 三 and 四 as the annual report asks for them (in-process only: there is no HTTP route).</summary>
    protected async Task<RequestStatistics> StatisticsAsync(int year, IReadOnlyCollection<Guid>? unitIds = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetRequestStatisticsQuery(year, unitIds));
        Assert.True(result.IsSuccess, result.IsSuccess ? null : result.Error!.Message);
        return result.Value;
    }

    /// <summary>Runs the outbox until nothing is due, as the background dispatcher would.</summary>
    protected async Task DrainOutboxAsync()
    {
        var dispatcher = Factory.Services.GetRequiredService<OutboxDispatcher>();
        while (await dispatcher.DispatchOnceAsync() > 0)
        {
        }
    }
}
