using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Infrastructure.Modules;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;
using OpenGov.Reporting.Application.Abstractions;
using OpenGov.Reporting.Domain.Enforcement;
using OpenGov.Reporting.Domain.Reports;

namespace OpenGov.Reporting.Infrastructure.Persistence;

public abstract class ReportingDbContext : ModuleDbContext, IReportingDb
{
    public const string SchemaName = "reporting";

    protected ReportingDbContext(DbContextOptions options) : base(options, SchemaName)
    {
    }

    public DbSet<AnnualReport> AnnualReports => Set<AnnualReport>();

    public DbSet<EnforcementFigures> EnforcementFigures => Set<EnforcementFigures>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDbContext).Assembly);
    }
}

public sealed class ReportingSqliteContext(DbContextOptions<ReportingSqliteContext> options) : ReportingDbContext(options);

public sealed class ReportingPostgreSqlContext(DbContextOptions<ReportingPostgreSqlContext> options) : ReportingDbContext(options);

public sealed class ReportingSqlServerContext(DbContextOptions<ReportingSqlServerContext> options) : ReportingDbContext(options);

public sealed class ReportingSqliteFactory() : DesignTimeContextFactory<ReportingSqliteContext>(DatabaseProvider.Sqlite, ReportingModuleInfo.Value);

public sealed class ReportingPostgreSqlFactory() : DesignTimeContextFactory<ReportingPostgreSqlContext>(DatabaseProvider.PostgreSql, ReportingModuleInfo.Value);

public sealed class ReportingSqlServerFactory() : DesignTimeContextFactory<ReportingSqlServerContext>(DatabaseProvider.SqlServer, ReportingModuleInfo.Value);

public static class ReportingModuleInfo
{
    public static readonly ModuleInfo Value = new(
        "Reporting",
        ReportingDbContext.SchemaName,
        typeof(ReportingDbContext),
        [typeof(IReportingDb).Assembly, typeof(ReportingDbContext).Assembly]);
}
