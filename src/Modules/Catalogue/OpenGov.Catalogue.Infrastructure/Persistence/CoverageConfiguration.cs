using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Catalogue.Domain.Coverage;

namespace OpenGov.Catalogue.Infrastructure.Persistence;

internal sealed class LinkedRecordConfiguration : IEntityTypeConfiguration<LinkedRecord>
{
    public void Configure(EntityTypeBuilder<LinkedRecord> b)
    {
        b.ToTable("linked_records");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Ignore(r => r.IsOverdue);
        b.Ignore(r => r.IsPublished);
        b.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RecordId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class LinkedRecordItemConfiguration : IEntityTypeConfiguration<LinkedRecordItem>
{
    public void Configure(EntityTypeBuilder<LinkedRecordItem> b)
    {
        b.ToTable("linked_record_items");
        b.HasKey(i => new { i.RecordId, i.ItemId });

        // The coverage matrix looks links up by the catalogue item they cover.
        b.HasIndex(i => i.ItemId);
    }
}
