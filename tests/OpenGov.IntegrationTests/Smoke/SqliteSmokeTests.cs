using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.BuildingBlocks.Infrastructure.Outbox;
using OpenGov.IntegrationTests.Infrastructure;
using OpenGov.IntegrationTests.Organization;
using OpenGov.Publication.Contracts;

namespace OpenGov.IntegrationTests.Smoke;

/// <summary>
/// What a fresh `dotnet run` does: the default SQLite provider on a new file, created and migrated
/// at start, seeded once, with Swagger served and the outbox working.
/// </summary>
public sealed class SqliteSmokeTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("opengov-sqlite-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_directory, "opengov.db")}";

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Given_fresh_sqlite_file_When_host_starts_Then_ready_swagger_sign_in_units_calendar_and_outbox_work()
    {
        await using var factory = new OpenGovFactory("Sqlite", ConnectionString, _directory);
        var http = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/swagger/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/swagger/v1/swagger.json")).StatusCode);

        var token = await http.PostAsync("/api/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = OpenGovFactory.AdminUserName,
            ["password"] = OpenGovFactory.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", JsonNode.Parse(await token.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>());

        var unit = await OrgApi.CreateUnitAsync(http, "XX县财政局");
        var list = JsonNode.Parse(await http.GetStringAsync("/api/organization/units?sort=-createdAt"))!;
        Assert.Equal(2, list["total"]!.GetValue<int>());
        Assert.Equal(unit["id"]!.GetValue<Guid>(), list["items"]![0]!["id"]!.GetValue<Guid>());

        var date = JsonNode.Parse(await http.GetStringAsync("/api/organization/working-calendar/add?from=2025-09-30&days=1"))!["date"]!.GetValue<string>();
        Assert.Equal("2025-10-09", date);

        // SQLite stores instants as ticks so the dispatcher can compare and order them in SQL.
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
        Assert.Equal(2, await dispatcher.DispatchOnceAsync());
        Assert.Equal(0, await dispatcher.DispatchOnceAsync());
        var processed = JsonNode.Parse(await http.GetStringAsync("/api/admin/outbox?status=Processed"))!;
        Assert.Equal(2, processed["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Given_fresh_sqlite_file_When_coverage_and_publication_statistics_are_asked_Then_their_grouped_queries_run()
    {
        // Both count with grouped LINQ over joins, primitive collections and instants: SQLite must translate it all.
        await using var factory = new OpenGovFactory("Sqlite", ConnectionString, _directory);
        var http = factory.CreateClient();
        var token = await http.PostAsync("/api/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = OpenGovFactory.AdminUserName,
            ["password"] = OpenGovFactory.AdminPassword,
        }));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", JsonNode.Parse(await token.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>());

        var coverage = JsonNode.Parse(await http.GetStringAsync("/api/catalogue/coverage"))!;
        Assert.Equal(26, coverage["domains"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/catalogue/coverage/export")).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var statistics = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetPublicationStatisticsQuery(2026));
        Assert.True(statistics.IsSuccess);
    }

    [Fact]
    public async Task Given_existing_file_When_host_restarts_Then_nothing_is_seeded_twice()
    {
        await using (var first = new OpenGovFactory("Sqlite", ConnectionString, _directory))
        {
            Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().GetAsync("/health/ready")).StatusCode);
        }

        await using var second = new OpenGovFactory("Sqlite", ConnectionString, _directory);
        var units = JsonNode.Parse(await second.CreateClient().GetStringAsync("/api/public/organization/units"))!.AsArray();
        Assert.Single(units);
        Assert.Equal("CountyGovernment", units[0]!["type"]!.GetValue<string>());
    }
}
