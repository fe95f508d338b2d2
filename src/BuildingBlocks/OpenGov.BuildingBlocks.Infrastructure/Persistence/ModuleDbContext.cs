using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.BuildingBlocks.Infrastructure.Audit;
using OpenGov.BuildingBlocks.Infrastructure.Outbox;

namespace OpenGov.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Base of every module's DbContext. The model is provider-neutral; per provider a tiny derived
/// context carries its own migrations. Each module gets its own outbox, inbox and audit tables.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    // Relaxed escaping keeps Chinese readable for administrators inspecting the outbox.
    public static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    protected ModuleDbContext(DbContextOptions options, string schema) : base(options) => Schema = schema;

    public string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    private readonly List<Action> _afterCommit = [];

    /// <summary>Runs after the next successful SaveChanges (cache invalidation must never see uncommitted data).</summary>
    public void OnCommitted(Action action) => _afterCommit.Add(action);

    /// <summary>Stores the event in this module's outbox; it is committed with the same SaveChanges as the change.</summary>
    public void AddIntegrationEvent(IIntegrationEvent integrationEvent)
    {
        OutboxMessages.Add(new OutboxMessage
        {
            Id = integrationEvent.Id,
            Type = integrationEvent.GetType().FullName!,
            Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), EventJson),
            OccurredAt = integrationEvent.OccurredAt,
            NextAttemptAt = integrationEvent.OccurredAt,
        });
    }

    protected abstract void ConfigureModule(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var sqlite = Database.IsSqlite();
        if (!sqlite)
        {
            modelBuilder.HasDefaultSchema(Schema);
        }

        ConfigurePlatformTables(modelBuilder);
        ConfigureModule(modelBuilder);

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(IHasDomainEvents).IsAssignableFrom(entity.ClrType))
            {
                modelBuilder.Entity(entity.ClrType).Ignore(nameof(IHasDomainEvents.DomainEvents));
                if (entity.FindProperty("Version") is not null)
                {
                    modelBuilder.Entity(entity.ClrType).Property("Version").IsConcurrencyToken();
                }
            }
        }

        ModelNaming.Apply(modelBuilder, Schema, prefixTables: sqlite);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite can neither order nor compare DateTimeOffset in SQL; as UTC ticks it can do both.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        TouchAggregatesOfChangedChildren();
        foreach (var entry in ChangeTracker.Entries<IHasDomainEvents>())
        {
            var version = entry.Metadata.FindProperty("Version");
            if (version is null)
            {
                continue;
            }

            if (entry.State == EntityState.Added)
            {
                entry.Property("Version").CurrentValue = 1;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Property("Version").CurrentValue = (int)entry.Property("Version").OriginalValue! + 1;
            }
        }

        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var actions = _afterCommit.ToArray();
        _afterCommit.Clear();
        foreach (var action in actions)
        {
            action();
        }

        return written;
    }

    /// <summary>
    /// A change to a child row (an item of a catalogue, say) is a change to its aggregate: the root's
    /// version must move, so a concurrent writer of the same aggregate gets a 409.
    /// </summary>
    private void TouchAggregatesOfChangedChildren()
    {
        var entries = ChangeTracker.Entries().ToList();
        var changedChildren = entries
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not IHasDomainEvents)
            .ToList();
        if (changedChildren.Count == 0)
        {
            return;
        }

        // One index of the unchanged aggregates, so a save of thousands of child rows stays linear.
        var untouchedRoots = entries
            .Where(e => e is { Entity: IHasDomainEvents, State: EntityState.Unchanged } && e.Metadata.FindProperty("Version") is not null)
            .ToDictionary(e => KeyOf(e.Metadata, e.Metadata.FindPrimaryKey()!.Properties.Select(p => e.Property(p.Name).CurrentValue)));
        foreach (var child in changedChildren)
        {
            foreach (var foreignKey in child.Metadata.GetForeignKeys().Where(k => k.PrincipalKey.IsPrimaryKey()))
            {
                var values = foreignKey.Properties.Select(p => child.Property(p.Name).CurrentValue ?? child.Property(p.Name).OriginalValue);
                if (untouchedRoots.Remove(KeyOf(foreignKey.PrincipalEntityType, values), out var root))
                {
                    root.Property("Version").IsModified = true;
                }
            }
        }
    }

    private static string KeyOf(IReadOnlyTypeBase type, IEnumerable<object?> values) => $"{type.Name}|{string.Join('|', values)}";

    private static void ConfigurePlatformTables(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("outbox_messages");
            b.HasKey(m => m.Id);
            b.Property(m => m.Type).HasMaxLength(300);
            b.Property(m => m.LastError).HasMaxLength(4000);
            b.HasIndex(m => new { m.ProcessedAt, m.NextAttemptAt });
            b.HasIndex(m => m.ClaimToken);
        });
        modelBuilder.Entity<InboxMessage>(b =>
        {
            b.ToTable("inbox_messages");
            b.HasKey(m => new { m.EventId, m.HandlerName });
            b.Property(m => m.HandlerName).HasMaxLength(300);
        });
        modelBuilder.Entity<AuditEntry>(b =>
        {
            b.ToTable("audit_entries");
            b.HasKey(a => a.Id);
            b.Property(a => a.Module).HasMaxLength(50);
            b.Property(a => a.CommandName).HasMaxLength(200);
            b.Property(a => a.TargetId).HasMaxLength(200);
            b.Property(a => a.UserName).HasMaxLength(100);
            b.Property(a => a.ClientId).HasMaxLength(100);
            b.HasIndex(a => a.OccurredAt);
        });
    }
}
