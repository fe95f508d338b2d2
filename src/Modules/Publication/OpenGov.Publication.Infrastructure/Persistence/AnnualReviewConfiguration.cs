using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Publication.Domain.AnnualReviews;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Infrastructure.Persistence;

internal sealed class AnnualReviewConfiguration : IEntityTypeConfiguration<AnnualReview>
{
    public void Configure(EntityTypeBuilder<AnnualReview> b)
    {
        b.ToTable("annual_reviews");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.OpenedByName).HasMaxLength(100).IsRequired();
        b.Property(r => r.CompletedByName).HasMaxLength(100);
        b.Ignore(r => r.PendingCount);
        // One round per unit and year (PUB-10); the database settles two openings at once.
        b.HasIndex(r => new { r.UnitId, r.Year }).IsUnique();
        b.HasIndex(r => r.Year);
        b.HasMany(r => r.Entries).WithOne().HasForeignKey(e => e.ReviewId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(r => r.Entries).HasField("_entries").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AnnualReviewEntryConfiguration : IEntityTypeConfiguration<AnnualReviewEntry>
{
    public void Configure(EntityTypeBuilder<AnnualReviewEntry> b)
    {
        b.ToTable("annual_review_entries");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.IndexNumber).HasMaxLength(64).IsRequired();
        b.Property(e => e.Title).HasMaxLength(GovernmentRecord.TitleMaxLength).IsRequired();
        b.Property(e => e.DocumentNumber).HasMaxLength(100);
        b.Property(e => e.AttributeReason).HasMaxLength(GovernmentRecord.ReasonMaxLength);
        b.Property(e => e.DecisionReason).HasMaxLength(AnnualReview.ReasonMaxLength);
        b.Property(e => e.DecidedByName).HasMaxLength(100);
        b.PrimitiveCollection(e => e.Grounds);
        b.HasIndex(e => new { e.ReviewId, e.RecordId }).IsUnique();
        b.HasIndex(e => e.RecordId);
    }
}
