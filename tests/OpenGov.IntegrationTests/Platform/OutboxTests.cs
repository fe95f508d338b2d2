using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Infrastructure.Modules;
using OpenGov.BuildingBlocks.Infrastructure.Outbox;
using OpenGov.IntegrationTests.Infrastructure;
using OpenGov.IntegrationTests.Organization;

namespace OpenGov.IntegrationTests.Platform;

public sealed class OutboxTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Given_consumer_that_fails_twice_When_dispatching_with_backoff_Then_retried_until_it_succeeds_once()
    {
        await DrainSeedEventsAsync();
        var admin = await AdminAsync();
        Consumers.FailNext(2);
        var unit = await OrgApi.CreateUnitAsync(admin, "XX县财政局");

        Assert.Equal(1, await Dispatcher.DispatchOnceAsync());
        var pending = await ReadAsync<JsonObject>(await admin.GetAsync("/api/admin/outbox?status=Pending"));
        var row = pending["items"]![0]!;
        Assert.Equal(1, row["attempts"]!.GetValue<int>());
        Assert.Contains("消费者故障（测试）", row["lastError"]!.GetValue<string>());

        // Not due yet: back-off holds it back until the clock passes the next attempt.
        Assert.Equal(0, await Dispatcher.DispatchOnceAsync());
        Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await Dispatcher.DispatchOnceAsync());
        Clock.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(1, await Dispatcher.DispatchOnceAsync());

        var processed = await ReadAsync<JsonObject>(await admin.GetAsync("/api/admin/outbox?status=Processed"));
        Assert.Contains(processed["items"]!.AsArray(), i => i!["payload"]!.GetValue<string>().Contains(unit["id"]!.GetValue<Guid>().ToString()));
        Assert.All(Consumers.Effects.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task Given_event_already_handled_When_delivered_again_Then_inbox_ignores_it()
    {
        var admin = await AdminAsync();
        await OrgApi.CreateUnitAsync(admin, "XX县财政局");
        await DrainOutboxAsync();
        var effects = Consumers.Effects.ToDictionary(e => e.Key, e => e.Value);
        Assert.NotEmpty(effects);

        // Redeliver: put every processed message back in the queue, as a crash between handling and marking would.
        var processed = await ReadAsync<JsonObject>(await admin.GetAsync("/api/admin/outbox?status=Processed"));
        foreach (var item in processed["items"]!.AsArray())
        {
            await RequeueRawAsync(item!["id"]!.GetValue<Guid>());
        }

        await DrainOutboxAsync();
        Assert.Equal(effects, Consumers.Effects.ToDictionary(e => e.Key, e => e.Value));
        Assert.All(Consumers.Deliveries.Values, n => Assert.Equal(2, n));
    }

    [Fact]
    public async Task Given_two_dispatchers_on_one_database_When_racing_Then_no_message_is_delivered_twice()
    {
        await DrainSeedEventsAsync();
        var admin = await AdminAsync();
        var root = await OrgApi.RootUnitIdAsync(admin);
        for (var i = 0; i < 60; i++)
        {
            await OrgApi.CreateUnitAsync(admin, $"测试单位{i:00}", root);
        }

        var options = Options.Create(new OutboxOptions { BatchSize = 7 });
        var modules = Factory.Services.GetServices<ModuleInfo>();
        var scopes = Factory.Services.GetRequiredService<IServiceScopeFactory>();
        var first = new OutboxDispatcher(scopes, modules, Clock, options, NullLogger<OutboxDispatcher>.Instance);
        var second = new OutboxDispatcher(scopes, modules, Clock, options, NullLogger<OutboxDispatcher>.Instance);

        async Task Run(OutboxDispatcher dispatcher)
        {
            while (await dispatcher.DispatchOnceAsync() > 0)
            {
            }
        }

        await Task.WhenAll(Task.Run(() => Run(first)), Task.Run(() => Run(second)));
        await DrainOutboxAsync();

        Assert.Equal(60, Consumers.Deliveries.Count);
        Assert.All(Consumers.Deliveries, d => Assert.True(d.Value == 1, $"event {d.Key} delivered {d.Value} times"));
        Assert.All(Consumers.Effects.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task Given_consumer_failing_past_max_attempts_When_dispatching_Then_marked_failed_visible_and_requeue_delivers()
    {
        await DrainSeedEventsAsync();
        var admin = await AdminAsync();
        Consumers.FailNext(3);
        await OrgApi.CreateUnitAsync(admin, "XX县财政局");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await Dispatcher.DispatchOnceAsync();
            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var failed = await ReadAsync<JsonObject>(await admin.GetAsync("/api/admin/outbox?status=Failed"));
        Assert.Equal(1, failed["total"]!.GetValue<int>());
        var message = failed["items"]![0]!;
        Assert.Equal(3, message["attempts"]!.GetValue<int>());
        Assert.Equal(0, await Dispatcher.DispatchOnceAsync());

        var requeue = await admin.PostAsync($"/api/admin/outbox/{message["module"]}/{message["id"]}/requeue", null);
        Assert.Equal(HttpStatusCode.NoContent, requeue.StatusCode);
        Assert.Equal(1, await Dispatcher.DispatchOnceAsync());
        var after = await ReadAsync<JsonObject>(await admin.GetAsync("/api/admin/outbox?status=Failed"));
        Assert.Equal(0, after["total"]!.GetValue<int>());
        Assert.Single(Consumers.Effects);

        var audit = await ReadAsync<JsonObject>(await admin.GetAsync("/api/admin/audit?commandName=RequeueOutboxMessageCommand"));
        Assert.Equal(message["id"]!.GetValue<Guid>().ToString(), audit["items"]![0]!["targetId"]!.GetValue<string>());
    }

    /// <summary>First start publishes the root unit; tests count only their own events.</summary>
    private async Task DrainSeedEventsAsync()
    {
        await DrainOutboxAsync();
        Consumers.Reset();
    }

    private async Task RequeueRawAsync(Guid id)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenGov.Organization.Infrastructure.Persistence.OrganizationDbContext>();
        var message = await db.OutboxMessages.FindAsync(id);
        message!.ProcessedAt = null;
        message.NextAttemptAt = Clock.GetUtcNow();
        await db.SaveChangesAsync();
    }
}
