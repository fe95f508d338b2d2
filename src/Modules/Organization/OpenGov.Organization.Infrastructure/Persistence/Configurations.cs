using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Organization.Domain.Calendar;
using OpenGov.Organization.Domain.Clients;
using OpenGov.Organization.Domain.Units;
using OpenGov.Organization.Domain.Users;

namespace OpenGov.Organization.Infrastructure.Persistence;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.ToTable("units");
        b.HasKey(u => u.Id);
        b.Property(u => u.Id).ValueGeneratedNever();
        b.Property(u => u.Name).HasMaxLength(100).IsRequired();
        b.Property(u => u.ShortName).HasMaxLength(50).IsRequired();
        b.Property(u => u.CreditCode).HasMaxLength(18);
        b.ComplexProperty(u => u.Contact, c =>
        {
            c.Property(x => x.Person).HasMaxLength(50);
            c.Property(x => x.Phone).HasMaxLength(50);
            c.Property(x => x.Address).HasMaxLength(200);
            c.Property(x => x.Email).HasMaxLength(100);
            c.Property(x => x.PostalCode).HasMaxLength(6);
        });
        b.HasIndex(u => u.Name).IsUnique();
        b.HasIndex(u => u.ParentId);
        b.HasIndex(u => new { u.SortOrder, u.Name });
    }
}

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> b)
    {
        b.ToTable("staff_users");
        b.HasKey(u => u.Id);
        b.Property(u => u.Id).ValueGeneratedNever();
        b.Property(u => u.UserName).HasMaxLength(50).IsRequired();
        b.Property(u => u.DisplayName).HasMaxLength(50).IsRequired();
        b.Property(u => u.PasswordHash).HasMaxLength(200).IsRequired();
        b.PrimitiveCollection(u => u.Roles);
        b.HasIndex(u => u.UserName).IsUnique();
        b.HasIndex(u => u.UnitId);
    }
}

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> b)
    {
        b.ToTable("api_clients");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.ClientId).HasMaxLength(50).IsRequired();
        b.Property(c => c.Name).HasMaxLength(100).IsRequired();
        b.Property(c => c.SecretHash).HasMaxLength(200).IsRequired();
        b.PrimitiveCollection(c => c.Scopes);
        b.Ignore(c => c.IsRevoked);
        b.HasIndex(c => c.ClientId).IsUnique();
        b.HasIndex(c => c.UnitId);
    }
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    // A fixed instant keeps the seed identical in every migration snapshot.
    private static readonly DateTimeOffset SeededAt = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public void Configure(EntityTypeBuilder<CalendarYear> b)
    {
        b.ToTable("calendar_years");
        b.HasKey(y => y.Id);
        b.Property(y => y.Id).ValueGeneratedNever().HasColumnName("year");
        b.Property(y => y.NoticeTitle).HasMaxLength(200).IsRequired();
        b.Property(y => y.DocumentNumber).HasMaxLength(50);
        b.Property(y => y.Text).IsRequired();
        b.Property(y => y.ChangeReason).HasMaxLength(500);

        // The official calendar 2023–2026 (holidays.md) is part of the schema: a fresh database can count deadlines at once.
        b.HasData(OfficialCalendarYears.TextByYear.OrderBy(y => y.Key).Select(y => new
        {
            Id = y.Key,
            NoticeTitle = OfficialCalendarYears.TitleOf(y.Key),
            DocumentNumber = OfficialCalendarYears.DocumentNumberOf(y.Key),
            Text = y.Value,
            UpdatedAt = SeededAt,
            ChangeReason = (string?)null,
            Version = 1,
        }));
    }
}

internal sealed class CalendarAdjustmentConfiguration : IEntityTypeConfiguration<CalendarAdjustment>
{
    public void Configure(EntityTypeBuilder<CalendarAdjustment> b)
    {
        b.ToTable("calendar_adjustments");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Reason).HasMaxLength(500).IsRequired();
        b.HasIndex(a => a.Date).IsUnique();
    }
}
