using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Catalogue.Domain.Domains;
using OpenGov.Catalogue.Domain.NegativeList;

namespace OpenGov.Catalogue.Infrastructure.Persistence;

internal sealed class NegativeListItemConfiguration : IEntityTypeConfiguration<NegativeListItem>
{
    public void Configure(EntityTypeBuilder<NegativeListItem> b)
    {
        b.ToTable("negative_list_items");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.DomainCode).HasMaxLength(8);
        b.Property(i => i.Name).HasMaxLength(NegativeListItem.NameMaxLength).IsRequired();
        b.Property(i => i.Description).HasMaxLength(NegativeListItem.TextMaxLength).IsRequired();
        b.Property(i => i.LegalBasis).HasMaxLength(NegativeListItem.TextMaxLength).IsRequired();
        b.HasOne<DisclosureDomain>().WithMany().HasForeignKey(i => i.DomainCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => new { i.UnitId, i.Status });
    }
}

internal sealed class NegativeListReviewConfiguration : IEntityTypeConfiguration<NegativeListReview>
{
    public void Configure(EntityTypeBuilder<NegativeListReview> b)
    {
        b.ToTable("negative_list_reviews");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Summary).HasMaxLength(NegativeListReview.SummaryMaxLength).IsRequired();

        // Once a year per unit: a second review of the same year is a duplicate (409), not a second truth.
        b.HasIndex(r => new { r.UnitId, r.Year }).IsUnique();
        b.OwnsMany(r => r.Decisions, d =>
        {
            d.ToTable("negative_list_review_decisions");
            d.WithOwner().HasForeignKey("ReviewId");
            d.Property<int>("Id").ValueGeneratedOnAdd();
            d.HasKey("Id");
            d.Property(x => x.Note).HasMaxLength(NegativeListItem.TextMaxLength);
        });
        b.Navigation(r => r.Decisions).HasField("_decisions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
