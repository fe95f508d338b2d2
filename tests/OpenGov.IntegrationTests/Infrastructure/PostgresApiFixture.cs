using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenGov.BuildingBlocks.Infrastructure.Modules;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;
using OpenGov.Organization.Application.Abstractions;
using OpenGov.Publication.Application.Public;
using Respawn;
using Respawn.Graph;

namespace OpenGov.IntegrationTests.Infrastructure;

/// <summary>
/// One host on the one PostgreSQL for the whole run: migrated once, wiped by Respawn before each test
/// (module schemas only, migration history kept), then seeded again as on a first start.
/// </summary>
public sealed class PostgresApiFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("opengov-it-").FullName;
    private Respawner? _respawner;

    public OpenGovFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await TestDatabase.EnsureExistsAsync();
        Factory = new OpenGovFactory("PostgreSql", TestDatabase.ConnectionString, _dataDirectory);
        _ = Factory.Server;

        var schemas = Factory.Services.GetServices<ModuleInfo>().Select(m => m.Schema).ToArray();
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = schemas,
            TablesToIgnore = schemas.Select(s => new Table(s, "__migrations_history")).ToArray(),
        });
    }

    public async Task ResetAsync()
    {
        await using (var connection = new NpgsqlConnection(TestDatabase.ConnectionString))
        {
            await connection.OpenAsync();
            await _respawner!.ResetAsync(connection);
        }

        Factory.Services.GetRequiredService<ICalendarSnapshots>().Invalidate();
        Factory.Services.GetRequiredService<PublicDocumentCache>().Clear();
        ((MemoryCache)Factory.Services.GetRequiredService<IMemoryCache>()).Clear();
        Factory.Services.GetRequiredService<TestConsumerScript>().Reset();
        await DatabaseMigrator.MigrateAndSeedAsync(Factory.Services);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<PostgresApiFixture>
{
    public const string Name = "api on PostgreSQL";
}
