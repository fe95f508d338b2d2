using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenGov.Publication.Application.Deadlines;

namespace OpenGov.Publication.Infrastructure.Background;

public sealed class DeadlineMonitorOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Deadlines are whole China-time days; checking hourly catches a new day within the hour.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>Marks records overdue as days pass, so the overdue events flow without anyone asking.</summary>
internal sealed class DeadlineMonitor(
    IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, IOptions<DeadlineMonitorOptions> options, TimeProvider clock, ILogger<DeadlineMonitor> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(started.SetResult))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await ScanAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Overdue scan failed; retrying at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ScanAsync(CancellationToken ct)
    {
        int marked;
        do
        {
            using var scope = scopes.CreateScope();
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ScanOverdueRecordsBySystemCommand(), ct);
            marked = result.IsSuccess ? result.Value : 0;
            if (marked > 0)
            {
                logger.LogInformation("Marked {Count} records overdue", marked);
            }
        }
        while (marked == OverdueScanner.BatchSize);
    }
}
