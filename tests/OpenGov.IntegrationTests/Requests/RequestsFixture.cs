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
    private string _databaseName = string.Empty;

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        // Per process, so two runs on one cluster (another worktree, another engineer) never wipe each other's data.
        _databaseName = $"{new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString).Database}_requests_{Environment.ProcessId}";
        ConnectionString = await TestDatabase.CreateFreshAsync(_databaseName);

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

    public async Task DisposeAsync()
    {
        Directory.Delete(_dataDirectory, recursive: true);
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        // FORCE: the hosts' pooled connections to it may still be open.
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private OpenGovFactory NewFactory() => new("PostgreSql", ConnectionString, _dataDirectory);
}

[CollectionDefinition(Name)]
public sealed class RequestsCollection : ICollectionFixture<RequestsFixture>
{
    public const string Name = "requests api on PostgreSQL";
}
