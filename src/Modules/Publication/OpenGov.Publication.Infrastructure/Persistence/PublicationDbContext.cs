using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Infrastructure.Idempotency;
using OpenGov.BuildingBlocks.Infrastructure.Modules;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Domain.AnnualReviews;
using OpenGov.Publication.Domain.CatalogueItems;
using OpenGov.Publication.Domain.IndexNumbers;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Infrastructure.Persistence;

public abstract class PublicationDbContext : ModuleDbContext, IPublicationDb
{
    public const string SchemaName = "publication";

    /// <summary>PostgreSQL only: the stored tsvector of a published revision's search tokens.</summary>
    public const string SearchVectorColumn = "SearchVector";

    protected PublicationDbContext(DbContextOptions options) : base(options, SchemaName)
    {
    }

    public DbSet<GovernmentRecord> Records => Set<GovernmentRecord>();

    public DbSet<PublishedRevision> PublishedRevisions => Set<PublishedRevision>();

    public DbSet<PublicationRegistration> Registrations => Set<PublicationRegistration>();

    public DbSet<IndexSequence> IndexSequences => Set<IndexSequence>();

    public DbSet<LinkedCatalogueItem> CatalogueItems => Set<LinkedCatalogueItem>();

    public DbSet<RecordAttachment> Attachments => Set<RecordAttachment>();

    public DbSet<AnnualReview> AnnualReviews => Set<AnnualReview>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PublicationDbContext).Assembly);
        modelBuilder.AddIdempotencyEntries();
        // The search tokens serve only PostgreSQL: a stored tsvector built from them (array_to_tsvector takes the
        // tokens as lexemes, so no text-search parser or locale touches Chinese) under a GIN index. Stored, so a plan
        // that filters row by row does not rebuild it per row. Elsewhere the tokens would be dead weight.
        var revisions = modelBuilder.Entity<PublishedRevision>();
        if (Database.IsNpgsql())
        {
            revisions.Property<NpgsqlTypes.NpgsqlTsVector>(SearchVectorColumn)
                .HasComputedColumnSql("array_to_tsvector(search_terms)", stored: true);
            revisions.HasIndex(SearchVectorColumn).HasMethod("gin");
        }
        else
        {
            revisions.Ignore(r => r.SearchTerms);
        }
    }
}

public sealed class PublicationSqliteContext(DbContextOptions<PublicationSqliteContext> options) : PublicationDbContext(options);

public sealed class PublicationPostgreSqlContext(DbContextOptions<PublicationPostgreSqlContext> options) : PublicationDbContext(options);

public sealed class PublicationSqlServerContext(DbContextOptions<PublicationSqlServerContext> options) : PublicationDbContext(options);

public sealed class PublicationSqliteFactory() : DesignTimeContextFactory<PublicationSqliteContext>(DatabaseProvider.Sqlite, PublicationModuleInfo.Value);

public sealed class PublicationPostgreSqlFactory() : DesignTimeContextFactory<PublicationPostgreSqlContext>(DatabaseProvider.PostgreSql, PublicationModuleInfo.Value);

public sealed class PublicationSqlServerFactory() : DesignTimeContextFactory<PublicationSqlServerContext>(DatabaseProvider.SqlServer, PublicationModuleInfo.Value);

public static class PublicationModuleInfo
{
    public static readonly ModuleInfo Value = new(
        "Publication",
        PublicationDbContext.SchemaName,
        typeof(PublicationDbContext),
        [typeof(IPublicationDb).Assembly, typeof(PublicationDbContext).Assembly]);
}
