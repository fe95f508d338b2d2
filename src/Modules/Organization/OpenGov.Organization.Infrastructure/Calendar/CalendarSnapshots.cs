using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenGov.Organization.Application.Abstractions;
using OpenGov.Organization.Contracts;
using OpenGov.Organization.Domain.Calendar;
using OpenGov.Organization.Infrastructure.Persistence;

namespace OpenGov.Organization.Infrastructure.Calendar;

public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    /// <summary>How long a host keeps its calendar before reading it again (changes made on another host show up after this).</summary>
    public TimeSpan CacheLifetime { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Builds the calendar from the stored notices and local adjustments and shares it; the same object
/// serves other modules as <see cref="IWorkingCalendar"/>.
/// </summary>
internal sealed class CalendarSnapshots(IServiceScopeFactory scopes, IOptions<CalendarOptions> options, TimeProvider clock)
    : ICalendarSnapshots, IWorkingCalendar
{
    private readonly Lock _gate = new();
    private (CalendarSnapshot Snapshot, DateTimeOffset LoadedAt)? _cached;

    public CalendarSnapshot Current
    {
        get
        {
            var cached = _cached;
            if (cached is { } c && clock.GetUtcNow() - c.LoadedAt < options.Value.CacheLifetime)
            {
                return c.Snapshot;
            }

            lock (_gate)
            {
                if (_cached is { } again && clock.GetUtcNow() - again.LoadedAt < options.Value.CacheLifetime)
                {
                    return again.Snapshot;
                }

                var snapshot = Load();
                _cached = (snapshot, clock.GetUtcNow());
                return snapshot;
            }
        }
    }

    public void Invalidate() => _cached = null;

    public IReadOnlyList<int> CoveredYears => Current.Calendar.CoveredYears;

    public bool Covers(DateOnly date) => Current.Calendar.Covers(date);

    public bool IsWorkingDay(DateOnly date) => Current.Calendar.IsWorkingDay(date);

    public DateOnly AddWorkingDays(DateOnly from, int days) => Current.Calendar.AddWorkingDays(from, days);

    public int WorkingDaysBetween(DateOnly from, DateOnly to) => Current.Calendar.WorkingDaysBetween(from, to);

    private CalendarSnapshot Load()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationDbContext>();
        var years = db.CalendarYears.AsNoTracking().ToList();
        var adjustments = db.CalendarAdjustments.AsNoTracking().ToList().Select(a => a.ToLocalAdjustment()).ToList();
        var spans = years
            .SelectMany(y => CalendarDataParser.Parse(y.Text).Data?.Spans
                             ?? throw new InvalidOperationException($"数据库中 {y.Id} 年的节假日安排无法解析"))
            .ToList();
        return new CalendarSnapshot(new WorkingCalendar(years.Select(y => y.Id), spans, adjustments), spans, adjustments);
    }
}
