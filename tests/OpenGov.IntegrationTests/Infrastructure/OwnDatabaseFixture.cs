using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenGov.BuildingBlocks.Infrastructure.Modules;
using Respawn;
using Respawn.Graph;

namespace OpenGov.IntegrationTests.Infrastructure;

/// <summary>
/// A database of a suite's own, created per test process and dropped at the end, so concurrent runs on one cluster
/// (another worktree, another engineer) and the shared fixture never wipe each other's data. Hosts are started on it
/// by the suite, each with its own movable clock.
/// </summary>
public abstract class OwnDatabaseFixture(string suffix) : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory($"opengov-{suffix}-it-").FullName;
    private Respawner? _respawner;
    private string _databaseName = string.Empty;

    public string ConnectionString { get; private set; } = string.Empty;

    public virtual async Task InitializeAsync()
    {
        _databaseName = $"{new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString).Database}_{suffix}_{Environment.ProcessId}";
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

    public virtual async Task DisposeAsync()
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
