using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Publication.Domain.CatalogueItems;
using OpenGov.Publication.Domain.IndexNumbers;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Infrastructure.Persistence;

internal sealed class RecordConfiguration : IEntityTypeConfiguration<GovernmentRecord>
{
    public void Configure(EntityTypeBuilder<GovernmentRecord> b)
    {
        b.ToTable("records");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.IndexNumber).HasMaxLength(64).IsRequired();
        b.HasIndex(r => r.IndexNumber).IsUnique();
        b.ComplexProperty(r => r.Content, c =>
        {
            c.Property(x => x.Title).HasColumnName("title").HasMaxLength(GovernmentRecord.TitleMaxLength).IsRequired();
            c.Property(x => x.DocumentNumber).HasColumnName("document_number").HasMaxLength(100);
            c.Property(x => x.FormedOn).HasColumnName("formed_on");
            c.Property(x => x.SubjectCategory).HasColumnName("subject_category").HasMaxLength(50);
            c.Property(x => x.FiveDisclosure).HasColumnName("five_disclosure");
            c.Property(x => x.Kind).HasColumnName("kind");
            c.Property(x => x.Attribute).HasColumnName("attribute");
            c.PrimitiveCollection(x => x.Grounds).HasColumnName("grounds");
            c.Property(x => x.AttributeReason).HasColumnName("attribute_reason").HasMaxLength(GovernmentRecord.ReasonMaxLength);
            c.Property(x => x.Body).HasColumnName("body").IsRequired();
            c.Property(x => x.RedactedBody).HasColumnName("redacted_body");
            c.PrimitiveCollection(x => x.CatalogueItemIds).HasColumnName("catalogue_item_ids");
            c.Property(x => x.ValidFrom).HasColumnName("valid_from");
            c.Property(x => x.ValidUntil).HasColumnName("valid_until");
        });
        b.PrimitiveCollection(r => r.ReviewPlan);
        b.Property(r => r.ReturnReason).HasMaxLength(GovernmentRecord.ReasonMaxLength + 20);
        b.Property(r => r.CorrectionReason).HasMaxLength(GovernmentRecord.ReasonMaxLength);
        b.Property(r => r.WithdrawReason).HasMaxLength(GovernmentRecord.ReasonMaxLength);
        b.Property(r => r.DeadlineBasis).HasMaxLength(500);
        b.Property(r => r.SourceClientId).HasMaxLength(100);
        b.Property(r => r.ExternalId).HasMaxLength(200);
        b.Property(r => r.NormativeStatusNote).HasMaxLength(GovernmentRecord.ReasonMaxLength);
        b.Ignore(r => r.IsWithheld);
        b.Ignore(r => r.PublicAttachmentIds);
        b.Ignore(r => r.PublicBody);
        b.Ignore(r => r.IsDueForDisclosure);
        b.Ignore(r => r.PendingStage);
        b.Ignore(r => r.MissingStages);
        b.HasMany(r => r.ReviewSteps).WithOne().HasForeignKey(s => s.RecordId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(r => r.ReviewSteps).HasField("_reviewSteps").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(r => r.Revisions).WithOne().HasForeignKey(v => v.RecordId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(r => r.Revisions).HasField("_revisions").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(r => r.Registrations).WithOne().HasForeignKey(g => g.RecordId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(r => r.Registrations).HasField("_registrations").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.RecordId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(r => r.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The database guard behind OA idempotency: one record per client and external id.
        b.HasIndex(r => new { r.SourceClientId, r.ExternalId }).IsUnique();
        b.HasIndex(r => new { r.UnitId, r.Status });
        b.HasIndex(r => new { r.Status, r.DueOn });
    }
}

internal sealed class ReviewStepConfiguration : IEntityTypeConfiguration<ReviewStep>
{
    public void Configure(EntityTypeBuilder<ReviewStep> b)
    {
        b.ToTable("review_steps");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.ReviewerName).HasMaxLength(100).IsRequired();
        b.Property(s => s.Opinion).HasMaxLength(GovernmentRecord.ReasonMaxLength);
    }
}

internal sealed class PublishedRevisionConfiguration : IEntityTypeConfiguration<PublishedRevision>
{
    public void Configure(EntityTypeBuilder<PublishedRevision> b)
    {
        b.ToTable("published_revisions");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.IndexNumber).HasMaxLength(64).IsRequired();
        b.Property(r => r.Title).HasMaxLength(GovernmentRecord.TitleMaxLength).IsRequired();
        b.Property(r => r.DocumentNumber).HasMaxLength(100);
        b.Property(r => r.SubjectCategory).HasMaxLength(50);
        b.Property(r => r.Body).IsRequired();
        b.Property(r => r.SearchText).IsRequired();
        b.Property(r => r.CorrectionReason).HasMaxLength(GovernmentRecord.ReasonMaxLength);
        b.PrimitiveCollection(r => r.CatalogueItemIds);
        b.PrimitiveCollection(r => r.Channels);
        b.PrimitiveCollection(r => r.AttachmentIds);
        b.Property(r => r.NormativeStatusNote).HasMaxLength(GovernmentRecord.ReasonMaxLength);
        b.HasIndex(r => new { r.RecordId, r.Revision }).IsUnique();
        b.HasIndex(r => new { r.IsCurrent, r.NormativeStatus });
        b.HasIndex(r => new { r.IsCurrent, r.PublishedAt });
        b.HasIndex(r => new { r.UnitId, r.Year });
        // Year-filtered searches list the newest first: without this the planner walks every later year's rows.
        b.HasIndex(r => new { r.IsCurrent, r.Year, r.PublishedAt });
    }
}

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<PublicationRegistration>
{
    public void Configure(EntityTypeBuilder<PublicationRegistration> b)
    {
        b.ToTable("registrations");
        b.HasKey(g => g.Id);
        b.Property(g => g.Id).ValueGeneratedNever();
        b.Property(g => g.PublisherName).HasMaxLength(100).IsRequired();
        b.Property(g => g.Reviewers).HasMaxLength(500).IsRequired();
        b.Property(g => g.ChannelNote).HasMaxLength(500);
        b.Property(g => g.ContentSha256).HasMaxLength(64).IsRequired();
        b.Property(g => g.Reason).HasMaxLength(GovernmentRecord.ReasonMaxLength);
        b.PrimitiveCollection(g => g.Channels);
        b.HasIndex(g => new { g.UnitId, g.At });
    }
}

internal sealed class IndexSequenceConfiguration : IEntityTypeConfiguration<IndexSequence>
{
    public void Configure(EntityTypeBuilder<IndexSequence> b)
    {
        b.ToTable("index_sequences");
        b.HasKey(s => new { s.UnitId, s.Year });
        // Two drafts of one unit at once read the same Last: the second save fails and its command is run again.
        b.Property(s => s.Last).IsConcurrencyToken();
    }
}

internal sealed class LinkedCatalogueItemConfiguration : IEntityTypeConfiguration<LinkedCatalogueItem>
{
    public void Configure(EntityTypeBuilder<LinkedCatalogueItem> b)
    {
        b.ToTable("catalogue_items");
        b.HasKey(i => i.ItemId);
        b.Property(i => i.ItemId).ValueGeneratedNever();
        b.Property(i => i.DomainCode).HasMaxLength(8).IsRequired();
        b.Property(i => i.FirstLevel).HasMaxLength(200).IsRequired();
        b.Property(i => i.SecondLevel).HasMaxLength(200).IsRequired();
        b.Property(i => i.DeadlineText).HasMaxLength(200).IsRequired();
        b.HasIndex(i => new { i.UnitId, i.DomainCode });
    }
}
