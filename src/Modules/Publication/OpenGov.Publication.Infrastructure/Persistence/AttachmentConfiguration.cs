using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Infrastructure.Persistence;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<RecordAttachment>
{
    public void Configure(EntityTypeBuilder<RecordAttachment> b)
    {
        b.ToTable("attachments");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.FileName).HasMaxLength(RecordAttachment.FileNameMaxLength).IsRequired();
        b.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        b.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        b.Property(a => a.UploadedByName).HasMaxLength(100).IsRequired();
        b.Ignore(a => a.IsRemoved);
        b.HasIndex(a => a.RecordId);
        b.HasIndex(a => a.Sha256);
    }
}
