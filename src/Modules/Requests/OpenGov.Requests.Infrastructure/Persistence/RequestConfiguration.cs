using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Requests.Domain.Remedies;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Infrastructure.Persistence;

internal sealed class RequestConfiguration : IEntityTypeConfiguration<DisclosureRequest>
{
    public void Configure(EntityTypeBuilder<DisclosureRequest> b)
    {
        b.ToTable("requests");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.TrackingNumber).HasMaxLength(32).IsRequired();
        b.Property(r => r.QueryCodeHash).HasMaxLength(64).IsRequired();
        b.HasIndex(r => r.QueryCodeHash).IsUnique();
        b.ComplexProperty(r => r.Applicant, a =>
        {
            a.Property(x => x.Kind).HasColumnName("applicant_kind");
            a.Property(x => x.Name).HasColumnName("applicant_name").HasMaxLength(Applicant.NameMaxLength).IsRequired();
            a.Property(x => x.IdentityDocument).HasColumnName("applicant_identity").HasMaxLength(Applicant.FieldMaxLength);
            a.Property(x => x.ContactPerson).HasColumnName("applicant_contact_person").HasMaxLength(Applicant.FieldMaxLength);
            a.Property(x => x.Phone).HasColumnName("applicant_phone").HasMaxLength(Applicant.FieldMaxLength);
            a.Property(x => x.Email).HasColumnName("applicant_email").HasMaxLength(Applicant.FieldMaxLength);
            a.Property(x => x.Address).HasColumnName("applicant_address").HasMaxLength(Applicant.FieldMaxLength);
            a.Property(x => x.PostalCode).HasColumnName("applicant_postal_code").HasMaxLength(Applicant.FieldMaxLength);
            a.Ignore(x => x.IsOrganization);
        });
        b.Property(r => r.InformationDescription).HasMaxLength(DisclosureRequest.DescriptionMaxLength).IsRequired();
        b.Property(r => r.DeliveryNote).HasMaxLength(DisclosureRequest.TextMaxLength);
        b.Property(r => r.RegisteredBy).HasMaxLength(200).IsRequired();
        b.Property(r => r.DeadlineProblem).HasMaxLength(500);
        b.Property(r => r.DecisionDetails).HasMaxLength(DisclosureRequest.TextMaxLength);
        b.Property(r => r.LetterTitle).HasMaxLength(200);
        b.Property(r => r.LetterBody).HasMaxLength(DisclosureRequest.LetterMaxLength);
        b.Property(r => r.DeliveryMethod).HasMaxLength(200);
        b.Property(r => r.CorrectionPoints).HasMaxLength(DisclosureRequest.TextMaxLength);
        b.Property(r => r.ExtensionReason).HasMaxLength(DisclosureRequest.TextMaxLength);
        b.Property(r => r.ExtensionApprovedBy).HasMaxLength(200);
        b.Property(r => r.FeeAmount).HasPrecision(12, 2);
        b.Property(r => r.FeeBreakdown).HasMaxLength(DisclosureRequest.TextMaxLength);
        b.Ignore(r => r.IsClosed);
        b.Ignore(r => r.DeadlineIsOpen);
        b.Ignore(r => r.RepliedLate);
        b.HasMany(r => r.Steps).WithOne().HasForeignKey("RequestId").OnDelete(DeleteBehavior.Restrict);
        b.Navigation(r => r.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(r => r.Consultations).WithOne().HasForeignKey("RequestId").OnDelete(DeleteBehavior.Restrict);
        b.Navigation(r => r.Consultations).HasField("_consultations").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The statistics walk a unit's requests by receipt and by closing; the deadline lists walk open ones by due day.
        b.HasIndex(r => new { r.UnitId, r.ReceivedOn });
        b.HasIndex(r => new { r.ClosedOn, r.DueOn });
        b.HasIndex(r => new { r.UnitId, r.ClosedOn, r.DueOn });
    }
}

internal sealed class RequestStepConfiguration : IEntityTypeConfiguration<RequestStep>
{
    public void Configure(EntityTypeBuilder<RequestStep> b)
    {
        b.ToTable("request_steps");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Action).HasMaxLength(50).IsRequired();
        b.Property(s => s.Actor).HasMaxLength(200).IsRequired();
        b.Property(s => s.Note).HasMaxLength(DisclosureRequest.TextMaxLength + 200);
    }
}

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> b)
    {
        b.ToTable("request_consultations");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.PartyName).HasMaxLength(Applicant.NameMaxLength).IsRequired();
        b.Property(c => c.Note).HasMaxLength(DisclosureRequest.TextMaxLength);
        b.Ignore(c => c.IsOpen);
    }
}

internal sealed class RemedyCaseConfiguration : IEntityTypeConfiguration<RemedyCase>
{
    public void Configure(EntityTypeBuilder<RemedyCase> b)
    {
        b.ToTable("remedy_cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.CaseNumber).HasMaxLength(RemedyCase.TextMaxLength).IsRequired();
        b.Property(c => c.Authority).HasMaxLength(RemedyCase.TextMaxLength).IsRequired();
        b.Property(c => c.Note).HasMaxLength(DisclosureRequest.TextMaxLength);
        b.HasIndex(c => new { c.UnitId, c.FiledOn });
        b.HasIndex(c => c.RequestId);
    }
}
