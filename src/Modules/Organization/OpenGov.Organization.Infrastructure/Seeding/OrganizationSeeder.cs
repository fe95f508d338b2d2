using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;
using OpenGov.Organization.Application;
using OpenGov.Organization.Application.Abstractions;
using OpenGov.Organization.Contracts;
using OpenGov.Organization.Domain.Calendar;
using OpenGov.Organization.Domain.Units;
using OpenGov.Organization.Domain.Users;
using OpenGov.Organization.Infrastructure.Persistence;

namespace OpenGov.Organization.Infrastructure.Seeding;

/// <summary>
/// First start: the county government as the root unit, its first county administrator, and the
/// official calendar. Idempotent, so it also repairs a database whose data was wiped.
/// </summary>
internal sealed class OrganizationSeeder(
    OrganizationDbContext db,
    IPasswordHasher hasher,
    ICalendarSnapshots calendar,
    IOptions<CountyOptions> county,
    IOptions<BootstrapOptions> bootstrap,
    IOptions<SignInOptions> policy,
    TimeProvider clock,
    ILogger<OrganizationSeeder> logger) : IModuleSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await SeedCalendarAsync(now, cancellationToken);

        var root = await db.Units.FirstOrDefaultAsync(u => u.Type == UnitType.CountyGovernment, cancellationToken);
        if (root is null)
        {
            root = Unit.CreateCountyGovernment(Guid.NewGuid(), county.Value.Name, now);
            root.ClearDomainEvents();
            db.Units.Add(root);
            db.AddIntegrationEvent(new UnitCreatedIntegrationEvent(root.Id, root.Name, root.ShortName, OrganizationUnitType.CountyGovernment, null)
            {
                OccurredAt = now,
            });
        }

        if (!await db.StaffUsers.AnyAsync(cancellationToken))
        {
            var settings = bootstrap.Value;
            var configured = !string.IsNullOrWhiteSpace(settings.AdminUserName) && !string.IsNullOrWhiteSpace(settings.AdminPassword);
            var userName = configured ? settings.AdminUserName!.Trim() : "admin";
            var password = configured ? settings.AdminPassword! : Passwords.Generate(policy.Value);
            var admin = StaffUser.Create(Guid.NewGuid(), userName, "县级管理员", root.Id, [Roles.CountyAdmin], hasher.Hash(password), now);
            if (configured)
            {
                admin.ChangeOwnPassword(admin.PasswordHash);
            }

            db.StaffUsers.Add(admin);
            if (!configured)
            {
                logger.LogWarning("首次启动：已创建县级管理员账号 {UserName}，初始密码 {Password}（只显示这一次，请登录后立即修改）", userName, password);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedCalendarAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.CalendarYears.Select(y => y.Id).ToListAsync(cancellationToken);
        var missing = OfficialCalendarYears.TextByYear.Where(y => !existing.Contains(y.Key)).ToList();
        foreach (var (year, text) in missing)
        {
            var entry = CalendarYear.Create(year, OfficialCalendarYears.TitleOf(year), OfficialCalendarYears.DocumentNumberOf(year), text, now);
            entry.ClearDomainEvents();
            db.CalendarYears.Add(entry);
        }

        if (missing.Count > 0)
        {
            db.OnCommitted(calendar.Invalidate);
        }
    }
}
