using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.BuildingBlocks.Infrastructure.Modules;

namespace OpenGov.BuildingBlocks.Infrastructure.Persistence;

public static class ModulePersistenceExtensions
{
    /// <summary>
    /// Registers a module's DbContext for the configured provider. Handlers ask for <typeparamref name="TBase"/>;
    /// the container hands them the provider's derived context, whose migrations EF finds by its type.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TBase, TSqlite, TPostgreSql, TSqlServer>(
        this IServiceCollection services, IConfiguration configuration, ModuleInfo module)
        where TBase : ModuleDbContext
        where TSqlite : TBase
        where TPostgreSql : TBase
        where TSqlServer : TBase
    {
        var settings = DatabaseSettings.From(configuration);
        // The options depend on configuration only: built once, not again for every context of every request.
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<TBase, TSqlite>(o => Configure(o, settings, module), optionsLifetime: ServiceLifetime.Singleton);
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<TBase, TPostgreSql>(o => Configure(o, settings, module), optionsLifetime: ServiceLifetime.Singleton);
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<TBase, TSqlServer>(o => Configure(o, settings, module), optionsLifetime: ServiceLifetime.Singleton);
                break;
        }

        services.AddSingleton(module);
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings, ModuleInfo module)
    {
        var assembly = module.DbContextType.Assembly.GetName().Name;
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(settings.ConnectionString, o => o
                    .MigrationsAssembly(assembly)
                    .MigrationsHistoryTable($"__{module.Schema}_migrations_history"));
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(settings.ConnectionString, o => o
                    .MigrationsAssembly(assembly)
                    .MigrationsHistoryTable("__migrations_history", module.Schema));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(settings.ConnectionString, o => o
                    .MigrationsAssembly(assembly)
                    .MigrationsHistoryTable("__migrations_history", module.Schema));
                break;
        }
    }
}

/// <summary>The resolved provider and connection string; the SQLite default needs no configuration at all.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool AutoMigrate)
{
    public static DatabaseSettings From(IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        configuration.GetSection(DatabaseOptions.Section).Bind(options);
        var connectionString = configuration.GetConnectionString("OpenGov");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = options.Provider == DatabaseProvider.Sqlite
                ? DatabaseOptions.DefaultSqliteConnectionString
                : throw new InvalidOperationException(
                    $"Database:Provider 为 {options.Provider} 时必须配置连接字符串 ConnectionStrings:OpenGov");
        }

        return new DatabaseSettings(options.Provider, connectionString, options.AutoMigrate);
    }
}
