using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Infrastructure.Modules;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Domain.Catalogues;
using OpenGov.Catalogue.Domain.Coverage;
using OpenGov.Catalogue.Domain.Domains;
using OpenGov.Catalogue.Domain.NegativeList;

namespace OpenGov.Catalogue.Infrastructure.Persistence;

public abstract class CatalogueDbContext : ModuleDbContext, ICatalogueDb
{
    public const string SchemaName = "catalogue";

    protected CatalogueDbContext(DbContextOptions options) : base(options, SchemaName)
    {
    }

    public DbSet<DisclosureDomain> Domains => Set<DisclosureDomain>();

    public DbSet<UnitCatalogue> Catalogues => Set<UnitCatalogue>();

    public DbSet<CatalogueItem> CatalogueItems => Set<CatalogueItem>();

    public DbSet<NegativeListItem> NegativeListItems => Set<NegativeListItem>();

    public DbSet<NegativeListReview> NegativeListReviews => Set<NegativeListReview>();

    public DbSet<LinkedRecord> LinkedRecords => Set<LinkedRecord>();

    public DbSet<LinkedRecordItem> LinkedRecordItems => Set<LinkedRecordItem>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogueDbContext).Assembly);
}

public sealed class CatalogueSqliteContext(DbContextOptions<CatalogueSqliteContext> options) : CatalogueDbContext(options);

public sealed class CataloguePostgreSqlContext(DbContextOptions<CataloguePostgreSqlContext> options) : CatalogueDbContext(options);

public sealed class CatalogueSqlServerContext(DbContextOptions<CatalogueSqlServerContext> options) : CatalogueDbContext(options);

public sealed class CatalogueSqliteFactory() : DesignTimeContextFactory<CatalogueSqliteContext>(DatabaseProvider.Sqlite, CatalogueModuleInfo.Value);

public sealed class CataloguePostgreSqlFactory() : DesignTimeContextFactory<CataloguePostgreSqlContext>(DatabaseProvider.PostgreSql, CatalogueModuleInfo.Value);

public sealed class CatalogueSqlServerFactory() : DesignTimeContextFactory<CatalogueSqlServerContext>(DatabaseProvider.SqlServer, CatalogueModuleInfo.Value);

public static class CatalogueModuleInfo
{
    public static readonly ModuleInfo Value = new(
        "Catalogue",
        CatalogueDbContext.SchemaName,
        typeof(CatalogueDbContext),
        [typeof(ICatalogueDb).Assembly, typeof(CatalogueDbContext).Assembly]);
}
