using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenGov.BuildingBlocks.Infrastructure.Outbox;

namespace OpenGov.IntegrationTests.Infrastructure;

/// <summary>Base of the HTTP tests on PostgreSQL: a clean, freshly seeded database before every test.</summary>
[Collection(ApiCollection.Name)]
public abstract class ApiTest(PostgresApiFixture fixture) : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    protected OpenGovFactory Factory => fixture.Factory;

    protected FakeTimeProvider Clock => fixture.Factory.Clock;

    protected OutboxDispatcher Dispatcher => Factory.Services.GetRequiredService<OutboxDispatcher>();

    protected TestConsumerScript Consumers => Factory.Services.GetRequiredService<TestConsumerScript>();

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected HttpClient Anonymous() => Factory.CreateClient();

    protected Task<HttpClient> AdminAsync() => SignInAsync(OpenGovFactory.AdminUserName, OpenGovFactory.AdminPassword);

    protected async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(userName, password));
        return client;
    }

    protected async Task<string> TokenAsync(string userName, string password)
    {
        using var response = await Factory.CreateClient().PostAsync("/api/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = userName,
            ["password"] = password,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"sign-in of {userName} failed: {body}");
        return JsonNode.Parse(body)!["access_token"]!.GetValue<string>();
    }

    protected HttpClient WithToken(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    protected static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body)!.AsObject();
    }

    protected static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body, Json);

    protected static Task<HttpResponseMessage> PutJsonAsync(HttpClient client, string url, object body) => client.PutAsJsonAsync(url, body, Json);

    /// <summary>Runs the outbox until nothing is due, as the background dispatcher would.</summary>
    protected async Task DrainOutboxAsync()
    {
        while (await Dispatcher.DispatchOnceAsync() > 0)
        {
        }
    }
}
