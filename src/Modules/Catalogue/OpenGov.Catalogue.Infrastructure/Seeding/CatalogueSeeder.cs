using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;
using OpenGov.Catalogue.Domain.Domains;
using OpenGov.Catalogue.Infrastructure.Persistence;

namespace OpenGov.Catalogue.Infrastructure.Seeding;

/// <summary>
/// The migration seeds the 26 pilot domains (HasData); this restores any pilot domain missing from a
/// database whose data was wiped (tests reset with Respawn, a DBA truncated the table). Idempotent.
/// </summary>
internal sealed class CatalogueSeeder(CatalogueDbContext db, TimeProvider clock) : IModuleSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var present = await db.Domains.Select(d => d.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var (code, name, sortOrder) in PilotDomains.All().Where(d => !present.Contains(d.Code)))
        {
            db.Domains.Add(DisclosureDomain.Pilot(code, name, sortOrder, now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
