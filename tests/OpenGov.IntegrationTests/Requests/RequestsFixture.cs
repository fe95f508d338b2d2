using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.BuildingBlocks.Infrastructure.Modules;
using OpenGov.IntegrationTests.Infrastructure;
using Respawn;
using Respawn.Graph;

namespace OpenGov.IntegrationTests.Requests;

/// <summary>
/// A database of its own for the Requests suite, wiped before each test; each test then gets a fresh host whose clock
/// starts at the factory's 2026-11-23T01:00Z. Request deadlines are tested by moving the clock days ahead, which the
/// shared fixture cannot allow (its one clock only moves forward and other suites read "today"), and a database of our
/// own keeps runs of the shared one on the same cluster out of our way.
/// </summary>
public sealed class RequestsFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("opengov-req-it-").FullName;
    private Respawner? _respawner;

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var name = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString).Database + "_requests";
        ConnectionString = await TestDatabase.CreateFreshAsync(name);

        // The first start migrates every module; later hosts find the schemas in place.
        await using var first = NewFactory();
        _ = first.Server;
        var schemas = first.Services.GetServices<ModuleInfo>().Select(m => m.Schema).ToArray();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = schemas,
            TablesToIgnore = schemas.Select(s => new Table(s, "__migrations_history")).ToArray(),
        });
    }

    /// <summary>Wipes the data and starts a host on it; the host seeds on start as on a first run.</summary>
    public async Task<OpenGovFactory> FreshHostAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await _respawner!.ResetAsync(connection);
        }

        var factory = NewFactory();
        _ = factory.Server;
        return factory;
    }

    public Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
        return Task.CompletedTask;
    }

    private OpenGovFactory NewFactory() => new("PostgreSql", ConnectionString, _dataDirectory);
}

[CollectionDefinition(Name)]
public sealed class RequestsCollection : ICollectionFixture<RequestsFixture>
{
    public const string Name = "requests api on PostgreSQL";
}
