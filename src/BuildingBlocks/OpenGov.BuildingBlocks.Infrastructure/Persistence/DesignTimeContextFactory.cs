using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using OpenGov.BuildingBlocks.Infrastructure.Modules;

namespace OpenGov.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Lets <c>dotnet ef</c> build one module's context for one provider without a running host or
/// database. The connection strings are placeholders: scaffolding migrations never connects.
/// </summary>
public abstract class DesignTimeContextFactory<TContext>(DatabaseProvider provider, ModuleInfo module) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public DatabaseProvider Provider => provider;

    public ModuleInfo Module => module;

    public TContext CreateDbContext(string[] args) => Create(provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=design-time.db",
        DatabaseProvider.PostgreSql => "Host=localhost;Database=opengov_design",
        _ => "Server=localhost;Database=opengov_design;TrustServerCertificate=True",
    });

    /// <summary>The provider context on a real database, configured exactly as the host configures it (tests migrate with it).</summary>
    public TContext Create(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        ModulePersistenceExtensions.Configure(builder, new DatabaseSettings(provider, connectionString, false), module);
        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
    }
}
