using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenGov.Reporting.Domain.Enforcement;
using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Validation;

namespace OpenGov.Reporting.Infrastructure.Persistence;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> b)
    {
        b.ToTable("annual_reports");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.OrganName).HasMaxLength(200).IsRequired();
        // A report's content is one value, read and written whole: a JSON document keeps its shape the same on every provider.
        b.Property(r => r.Content).HasConversion(JsonColumn.Converter<ReportContent>(), JsonColumn.Comparer<ReportContent>()).IsRequired();
        b.Property(r => r.Members).HasConversion(JsonColumn.Converter<IReadOnlyList<MemberContribution>>(), JsonColumn.Comparer<IReadOnlyList<MemberContribution>>())
            .IsRequired();
        b.Property(r => r.CorrectionReason).HasMaxLength(AnnualReport.ReasonMaxLength);
        b.Property(r => r.ReturnReason).HasMaxLength(AnnualReport.ReasonMaxLength + 100);
        b.Property(r => r.CreatedBy).HasMaxLength(200).IsRequired();
        b.Property(r => r.SubmittedBy).HasMaxLength(200);
        b.Property(r => r.AcceptedBy).HasMaxLength(200);
        b.Property(r => r.PublishedBy).HasMaxLength(200);
        b.Ignore(r => r.Title);
        b.Ignore(r => r.IsPublic);
        b.HasIndex(r => new { r.UnitId, r.Year, r.Kind, r.Edition }).IsUnique();
        b.HasIndex(r => new { r.Year, r.Status });
        b.HasIndex(r => r.PreviousEditionId).IsUnique();
    }
}

internal sealed class EnforcementFiguresConfiguration : IEntityTypeConfiguration<EnforcementFigures>
{
    public void Configure(EntityTypeBuilder<EnforcementFigures> b)
    {
        b.ToTable("enforcement_figures");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.AdministrativeFeesYuan).HasPrecision(18, 2);
        b.Property(e => e.UpdatedBy).HasMaxLength(200).IsRequired();
        b.HasIndex(e => new { e.UnitId, e.Year }).IsUnique();
        b.HasIndex(e => e.Year);
    }
}

internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ValueConverter<T, string> Converter<T>() =>
        new(v => JsonSerializer.Serialize(v, Options), s => JsonSerializer.Deserialize<T>(s, Options)!);

    public static ValueComparer<T> Comparer<T>() => new(
        (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
        v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
        v => v);
}
