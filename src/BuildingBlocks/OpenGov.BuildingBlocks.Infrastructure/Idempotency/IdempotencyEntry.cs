using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;

namespace OpenGov.BuildingBlocks.Infrastructure.Idempotency;

/// <summary>The first result of an idempotent command, kept so a repeat gets the same answer.</summary>
public sealed class IdempotencyEntry
{
    public string Caller { get; set; } = "";

    public string Operation { get; set; } = "";

    public string Key { get; set; } = "";

    /// <summary>SHA-256 of the command as JSON: a repeat with other content is refused.</summary>
    public string RequestHash { get; set; } = "";

    public string? ResultJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

public static class IdempotencyModel
{
    public const int KeyMaxLength = IdempotencyKeys.MaxLength;

    /// <summary>Modules whose commands implement <c>IIdempotentCommand</c> add this table to their model.</summary>
    public static ModelBuilder AddIdempotencyEntries(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdempotencyEntry>(e =>
        {
            e.ToTable("idempotency_entries");
            e.HasKey(x => new { x.Caller, x.Operation, x.Key });
            e.Property(x => x.Caller).HasMaxLength(100);
            e.Property(x => x.Operation).HasMaxLength(200);
            e.Property(x => x.Key).HasMaxLength(KeyMaxLength);
            e.Property(x => x.RequestHash).HasMaxLength(64);
        });
        return modelBuilder;
    }
}
