using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenGov.BuildingBlocks.Infrastructure.Modules;

namespace OpenGov.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Runs once before the host serves: migrates every module (or refuses to start), then seeds.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAndSeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var settings = DatabaseSettings.From(configuration);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteDirectory(settings.ConnectionString);
        }

        await using var scope = services.CreateAsyncScope();
        foreach (var module in scope.ServiceProvider.GetServices<ModuleInfo>())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count == 0)
            {
                continue;
            }

            if (!settings.AutoMigrate)
            {
                throw new InvalidOperationException(
                    $"模块 {module.Name} 有 {pending.Count} 个未执行的数据库迁移（{string.Join(", ", pending)}），而 Database:AutoMigrate 为 false。" +
                    "请先由数据库管理员执行迁移脚本（见 README），或将 Database:AutoMigrate 设为 true。");
            }

            logger.LogInformation("Migrating module {Module}: {Migrations}", module.Name, pending);
            await db.Database.MigrateAsync(cancellationToken);
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IModuleSeeder>())
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}

/// <summary>Idempotent start-up data a module needs (first unit, first administrator, reference data).</summary>
public interface IModuleSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
