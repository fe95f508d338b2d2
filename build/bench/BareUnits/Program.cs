// The bare comparison app of build/bench/org-units.sh: the host's unit list without the host.
// Minimal API + EF Core (Npgsql) only: no authentication, no MediatR pipeline, no validation, no
// outbox; the same table (organization.units), the same query shape (COUNT, then ORDER BY
// sort_order, name, id with OFFSET/LIMIT, AsNoTracking projection) and the same JSON shape as
// GET /api/organization/units. The DbContext is registered the same way as the host's (AddDbContext,
// not pooled), so the ratio measures what the host adds on top, not a different EF set-up.
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
var connectionString = builder.Configuration.GetConnectionString("OpenGov")
                       ?? throw new InvalidOperationException("ConnectionStrings:OpenGov is required");
builder.Services.AddDbContext<BareDb>(o => o.UseNpgsql(connectionString));
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

var app = builder.Build();

app.MapGet("/health", () => TypedResults.Ok("ok"));

app.MapGet("/units", async (int? page, int? pageSize, BareDb db, CancellationToken ct) =>
{
    // Same normalisation as the host (Paging.Normalize): page ≥ 1, 1 ≤ pageSize ≤ 200, default 20.
    var p = Math.Max(1, page ?? 1);
    var size = Math.Clamp(pageSize ?? 20, 1, 200);
    var units = db.Units.AsNoTracking();
    var total = await units.CountAsync(ct);
    var items = await units
        .OrderBy(u => u.SortOrder).ThenBy(u => u.Name).ThenBy(u => u.Id)
        .Skip((p - 1) * size).Take(size)
        .Select(u => new UnitDto(
            u.Id, u.Name, u.ShortName, u.Type, u.ParentId, u.CreditCode,
            new ContactDto(u.ContactPerson, u.ContactPhone, u.ContactAddress, u.ContactEmail, u.ContactPostalCode),
            u.SortOrder, u.IsActive, u.Version, u.CreatedAt, u.UpdatedAt))
        .ToListAsync(ct);
    return TypedResults.Ok(new PagedList<UnitDto>(items, total, p, size));
});

app.Run();

internal enum UnitType
{
    CountyGovernment = 1,
    CountyDepartment = 2,
    Township = 3,
    Subdistrict = 4,
}

internal sealed class UnitRow
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string ShortName { get; set; } = "";

    public UnitType Type { get; set; }

    public Guid? ParentId { get; set; }

    public string? CreditCode { get; set; }

    public string? ContactPerson { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactAddress { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPostalCode { get; set; }

    public int SortOrder { get; set; }

    public bool IsActive { get; set; }

    public int Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class BareDb(DbContextOptions<BareDb> options) : DbContext(options)
{
    public DbSet<UnitRow> Units => Set<UnitRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<UnitRow>(b =>
    {
        b.ToTable("units", "organization");
        b.HasKey(u => u.Id);
        b.Property(u => u.Id).HasColumnName("id");
        b.Property(u => u.Name).HasColumnName("name");
        b.Property(u => u.ShortName).HasColumnName("short_name");
        b.Property(u => u.Type).HasColumnName("type");
        b.Property(u => u.ParentId).HasColumnName("parent_id");
        b.Property(u => u.CreditCode).HasColumnName("credit_code");
        b.Property(u => u.ContactPerson).HasColumnName("person");
        b.Property(u => u.ContactPhone).HasColumnName("phone");
        b.Property(u => u.ContactAddress).HasColumnName("address");
        b.Property(u => u.ContactEmail).HasColumnName("email");
        b.Property(u => u.ContactPostalCode).HasColumnName("postal_code");
        b.Property(u => u.SortOrder).HasColumnName("sort_order");
        b.Property(u => u.IsActive).HasColumnName("is_active");
        b.Property(u => u.Version).HasColumnName("version");
        b.Property(u => u.CreatedAt).HasColumnName("created_at");
        b.Property(u => u.UpdatedAt).HasColumnName("updated_at");
    });
}

internal sealed record ContactDto(string? Person, string? Phone, string? Address, string? Email, string? PostalCode);

internal sealed record UnitDto(
    Guid Id, string Name, string ShortName, UnitType Type, Guid? ParentId, string? CreditCode,
    ContactDto Contact, int SortOrder, bool IsActive, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

internal sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
