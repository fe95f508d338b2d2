using Microsoft.EntityFrameworkCore;
using OpenGov.Organization.Domain.Calendar;
using OpenGov.Organization.Domain.Clients;
using OpenGov.Organization.Domain.Units;
using OpenGov.Organization.Domain.Users;

namespace OpenGov.Organization.Application.Abstractions;

/// <summary>The module's own tables as handlers see them; the unit of work saves once per command.</summary>
public interface IOrganizationDb
{
    DbSet<Unit> Units { get; }

    DbSet<StaffUser> StaffUsers { get; }

    DbSet<ApiClient> ApiClients { get; }

    DbSet<CalendarYear> CalendarYears { get; }

    DbSet<CalendarAdjustment> CalendarAdjustments { get; }

    /// <summary>For the few handlers that must persist a failure (a wrong password counts even though sign-in fails).</summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Runs after the transaction commits (cache invalidation must never see uncommitted data).</summary>
    void OnCommitted(Action action);
}
