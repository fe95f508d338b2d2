using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Infrastructure.Modules;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;
using OpenGov.Organization.Application.Abstractions;
using OpenGov.Organization.Domain.Calendar;
using OpenGov.Organization.Domain.Clients;
using OpenGov.Organization.Domain.Units;
using OpenGov.Organization.Domain.Users;

namespace OpenGov.Organization.Infrastructure.Persistence;

public abstract class OrganizationDbContext : ModuleDbContext, IOrganizationDb
{
    public const string SchemaName = "organization";

    protected OrganizationDbContext(DbContextOptions options) : base(options, SchemaName)
    {
    }

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<CalendarAdjustment> CalendarAdjustments => Set<CalendarAdjustment>();

    Task<int> IOrganizationDb.SaveChangesAsync(CancellationToken cancellationToken) => SaveChangesAsync(cancellationToken);

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OrganizationDbContext).Assembly);
}

public sealed class OrganizationSqliteContext(DbContextOptions<OrganizationSqliteContext> options) : OrganizationDbContext(options);

public sealed class OrganizationPostgreSqlContext(DbContextOptions<OrganizationPostgreSqlContext> options) : OrganizationDbContext(options);

public sealed class OrganizationSqlServerContext(DbContextOptions<OrganizationSqlServerContext> options) : OrganizationDbContext(options);

public sealed class OrganizationSqliteFactory() : DesignTimeContextFactory<OrganizationSqliteContext>(DatabaseProvider.Sqlite, OrganizationModuleInfo.Value);

public sealed class OrganizationPostgreSqlFactory() : DesignTimeContextFactory<OrganizationPostgreSqlContext>(DatabaseProvider.PostgreSql, OrganizationModuleInfo.Value);

public sealed class OrganizationSqlServerFactory() : DesignTimeContextFactory<OrganizationSqlServerContext>(DatabaseProvider.SqlServer, OrganizationModuleInfo.Value);

public static class OrganizationModuleInfo
{
    public static readonly ModuleInfo Value = new(
        "Organization",
        OrganizationDbContext.SchemaName,
        typeof(OrganizationDbContext),
        [typeof(Application.Abstractions.IOrganizationDb).Assembly, typeof(OrganizationDbContext).Assembly]);
}
