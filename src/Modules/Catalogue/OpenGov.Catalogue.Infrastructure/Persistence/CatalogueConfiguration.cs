using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Catalogue.Domain.Catalogues;
using OpenGov.Catalogue.Domain.Domains;

namespace OpenGov.Catalogue.Infrastructure.Persistence;

internal sealed class CatalogueConfiguration : IEntityTypeConfiguration<UnitCatalogue>
{
    public void Configure(EntityTypeBuilder<UnitCatalogue> b)
    {
        b.ToTable("unit_catalogues");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.DomainCode).HasMaxLength(8).IsRequired();
        b.Property(c => c.ChangeReason).HasMaxLength(UnitCatalogue.ReasonMaxLength);
        b.Property(c => c.ReturnReason).HasMaxLength(UnitCatalogue.ReasonMaxLength);
        b.HasOne<DisclosureDomain>().WithMany().HasForeignKey(c => c.DomainCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.CatalogueId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(c => c.IsOpen);

        // Two people opening a new version at once: the second insert fails as a duplicate (409).
        b.HasIndex(c => new { c.UnitId, c.DomainCode, c.Edition }).IsUnique();
        b.HasIndex(c => new { c.Status, c.DomainCode });
    }
}

internal sealed class CatalogueItemConfiguration : IEntityTypeConfiguration<CatalogueItem>
{
    public void Configure(EntityTypeBuilder<CatalogueItem> b)
    {
        b.ToTable("catalogue_items");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.FirstLevel).HasMaxLength(CatalogueLimits.LevelName).IsRequired();
        b.Property(i => i.SecondLevel).HasMaxLength(CatalogueLimits.LevelName).IsRequired();
        b.Property(i => i.Content).HasMaxLength(CatalogueLimits.LongText).IsRequired();
        b.Property(i => i.Basis).HasMaxLength(CatalogueLimits.LongText).IsRequired();
        b.Property(i => i.Subject).HasMaxLength(CatalogueLimits.Subject).IsRequired();
        b.Property(i => i.OtherChannel).HasMaxLength(CatalogueLimits.ShortText);
        b.Property(i => i.SpecificGroup).HasMaxLength(CatalogueLimits.ShortText);
        b.PrimitiveCollection(i => i.Channels);
        b.PrimitiveCollection(i => i.Audiences);
        b.PrimitiveCollection(i => i.Methods);
        b.PrimitiveCollection(i => i.Levels);
        b.ComplexProperty(i => i.Deadline, d =>
        {
            // Prefixed so the table reads as the template does: deadline_text is the 公开时限 column itself.
            d.Property(x => x.Text).HasColumnName("deadline_text").HasMaxLength(CatalogueLimits.DeadlineText).IsRequired();
            d.Property(x => x.IsParsed).HasColumnName("deadline_is_parsed");
            d.Property(x => x.Trigger).HasColumnName("deadline_trigger");
            d.Property(x => x.TriggerEvent).HasColumnName("deadline_trigger_event").HasMaxLength(CatalogueLimits.DeadlineText);
            d.Property(x => x.Count).HasColumnName("deadline_count");
            d.Property(x => x.Unit).HasColumnName("deadline_unit");
            d.Property(x => x.Qualitative).HasColumnName("deadline_qualitative");
        });
        b.HasIndex(i => new { i.CatalogueId, i.Sequence });
        b.HasIndex(i => i.ItemKey);
        b.HasIndex(i => i.SecondLevel);
    }
}
