using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Catalogue.Domain.Domains;

namespace OpenGov.Catalogue.Infrastructure.Persistence;

internal sealed class DomainConfiguration : IEntityTypeConfiguration<DisclosureDomain>
{
    // A fixed instant keeps the seed identical in every migration snapshot.
    private static readonly DateTimeOffset SeededAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public void Configure(EntityTypeBuilder<DisclosureDomain> b)
    {
        b.ToTable("domains");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).HasMaxLength(8).ValueGeneratedNever();
        b.Property(d => d.Name).HasMaxLength(DisclosureDomain.NameMaxLength).IsRequired();
        b.HasIndex(d => d.Name).IsUnique();
        b.HasIndex(d => d.SortOrder);

        // The 26 pilot domains are data, not an enum (CAT-1, CAT-9): seeded by migration with stable codes.
        b.HasData(PilotDomains.All().Select(d => new
        {
            Id = d.Code, d.Name, d.SortOrder, IsPilot = true, IsRetired = false, Version = 1, UpdatedAt = SeededAt,
        }));
    }
}
