using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;
using OpenGov.IntegrationTests.Infrastructure;

namespace OpenGov.IntegrationTests.Persistence;

/// <summary>No model change lacks a migration; SQLite and PostgreSQL migrate up from empty; SQL Server's scripts create the schema.</summary>
public sealed class MigrationTests
{
    public static IEnumerable<object[]> Sqlite => ModuleContexts.Rows(DatabaseProvider.Sqlite);

    public static IEnumerable<object[]> PostgreSql => ModuleContexts.Rows(DatabaseProvider.PostgreSql);

    public static IEnumerable<object[]> SqlServer => ModuleContexts.Rows(DatabaseProvider.SqlServer);

    [Fact]
    public void Every_module_has_a_context_for_each_of_the_three_providers()
    {
        var byModule = ModuleContexts.Every.GroupBy(f => f.Module).ToList();
        Assert.NotEmpty(byModule);
        Assert.All(byModule, m => Assert.Equal(
            [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql, DatabaseProvider.SqlServer],
            m.Select(f => f.Provider).Order().ToArray()));
    }

    [Theory]
    [MemberData(nameof(Sqlite))]
    [MemberData(nameof(PostgreSql))]
    [MemberData(nameof(SqlServer))]
    public void Given_current_model_Then_no_provider_has_pending_model_changes(string module)
    {
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            using var db = ModuleContexts.For(module, provider).Create(Placeholder(provider));
            Assert.False(db.Database.HasPendingModelChanges(),
                $"{module}/{provider}: the model changed without a migration; run build/add-migration.sh {module} <Name>");
        }
    }

    [Theory]
    [MemberData(nameof(Sqlite))]
    public async Task Given_empty_sqlite_file_When_migrating_Then_every_migration_applies_and_tables_are_prefixed(string module)
    {
        var file = Path.Combine(Path.GetTempPath(), $"opengov-migrate-{module}-{Guid.NewGuid():N}.db");
        try
        {
            var factory = ModuleContexts.For(module, DatabaseProvider.Sqlite);
            await using (var db = factory.Create($"Data Source={file}"))
            {
                await db.Database.MigrateAsync();
                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            }

            await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
            await connection.OpenAsync();
            await using var command = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table'", connection);
            var tables = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            var schema = factory.Info.Schema;
            Assert.Contains($"{schema}_outbox_messages", tables);
            Assert.Contains($"{schema}_inbox_messages", tables);
            Assert.Contains($"__{schema}_migrations_history", tables);
            Assert.All(tables.Where(t => !t.StartsWith("__", StringComparison.Ordinal) && !t.StartsWith("sqlite_", StringComparison.Ordinal)),
                t => Assert.StartsWith(schema + "_", t));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Theory]
    [MemberData(nameof(PostgreSql))]
    public async Task Given_empty_postgresql_database_When_migrating_Then_module_schema_holds_its_tables(string module)
    {
        var connectionString = await TestDatabase.CreateFreshAsync($"opengov_migrate_{module.ToLowerInvariant()}");
        var factory = ModuleContexts.For(module, DatabaseProvider.PostgreSql);
        await using (var db = factory.Create(connectionString))
        {
            await db.Database.MigrateAsync();
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = @schema", connection);
        command.Parameters.AddWithValue("schema", factory.Info.Schema);
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("outbox_messages", tables);
        Assert.Contains("inbox_messages", tables);
        Assert.Contains("audit_entries", tables);
        Assert.Contains("__migrations_history", tables);
    }

    [Theory]
    [MemberData(nameof(SqlServer))]
    public void Given_sql_server_migrations_When_scripting_idempotently_Then_script_creates_schema_and_guards_each_migration(string module)
    {
        var factory = ModuleContexts.For(module, DatabaseProvider.SqlServer);
        using var db = factory.Create(Placeholder(DatabaseProvider.SqlServer));
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var schema = factory.Info.Schema;

        Assert.Contains($"IF SCHEMA_ID(N'{schema}') IS NULL EXEC(N'CREATE SCHEMA [{schema}];');", script);
        Assert.Contains($"CREATE TABLE [{schema}].[outbox_messages]", script);
        foreach (var migration in db.Database.GetMigrations())
        {
            Assert.Contains($"IF NOT EXISTS (\n    SELECT * FROM [{schema}].[__migrations_history]\n    WHERE [MigrationId] = N'{migration}'\n)", script.Replace("\r\n", "\n"));
        }
    }

    private static string Placeholder(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=:memory:",
        DatabaseProvider.PostgreSql => "Host=localhost;Database=opengov_placeholder",
        _ => "Server=localhost;Database=opengov_placeholder;TrustServerCertificate=True",
    };
}
