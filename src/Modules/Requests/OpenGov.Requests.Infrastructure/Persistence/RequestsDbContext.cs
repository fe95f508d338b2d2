using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Infrastructure.Modules;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;
using OpenGov.Requests.Application.Abstractions;
using OpenGov.Requests.Domain.Remedies;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Infrastructure.Persistence;

public abstract class RequestsDbContext : ModuleDbContext, IRequestsDb
{
    public const string SchemaName = "requests";

    protected RequestsDbContext(DbContextOptions options) : base(options, SchemaName)
    {
    }

    public DbSet<DisclosureRequest> Requests => Set<DisclosureRequest>();

    public DbSet<RemedyCase> RemedyCases => Set<RemedyCase>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RequestsDbContext).Assembly);
    }
}

public sealed class RequestsSqliteContext(DbContextOptions<RequestsSqliteContext> options) : RequestsDbContext(options);

public sealed class RequestsPostgreSqlContext(DbContextOptions<RequestsPostgreSqlContext> options) : RequestsDbContext(options);

public sealed class RequestsSqlServerContext(DbContextOptions<RequestsSqlServerContext> options) : RequestsDbContext(options);

public sealed class RequestsSqliteFactory() : DesignTimeContextFactory<RequestsSqliteContext>(DatabaseProvider.Sqlite, RequestsModuleInfo.Value);

public sealed class RequestsPostgreSqlFactory() : DesignTimeContextFactory<RequestsPostgreSqlContext>(DatabaseProvider.PostgreSql, RequestsModuleInfo.Value);

public sealed class RequestsSqlServerFactory() : DesignTimeContextFactory<RequestsSqlServerContext>(DatabaseProvider.SqlServer, RequestsModuleInfo.Value);

public static class RequestsModuleInfo
{
    public static readonly ModuleInfo Value = new(
        "Requests",
        RequestsDbContext.SchemaName,
        typeof(RequestsDbContext),
        [typeof(IRequestsDb).Assembly, typeof(RequestsDbContext).Assembly]);
}
