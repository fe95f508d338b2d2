using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Infrastructure.Modules;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;

namespace OpenGov.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Publishes stored integration events in-process. Rows are claimed with a lease by one portable
/// UPDATE before they are handled, so two host instances on one database never handle a row twice;
/// a failure is retried with exponential back-off and jitter and, after the last attempt, stays
/// visible as failed until an administrator requeues it.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<ModuleInfo> modules,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger)
{
    private readonly OutboxOptions _options = options.Value;

    /// <summary>Handles at most one batch per module; returns how many messages were attempted.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken = default)
    {
        var attempted = 0;
        foreach (var module in modules)
        {
            attempted += await DispatchModuleAsync(module, cancellationToken);
        }

        return attempted;
    }

    private async Task<int> DispatchModuleAsync(ModuleInfo module, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        var now = clock.GetUtcNow();
        var candidates = await db.OutboxMessages
            .Where(m => m.ProcessedAt == null && m.FailedAt == null && m.NextAttemptAt <= now
                        && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.OccurredAt)
            .Select(m => m.Id)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var token = Guid.NewGuid();
        var lockedUntil = now + _options.Lease;
        await db.OutboxMessages
            .Where(m => candidates.Contains(m.Id) && m.ProcessedAt == null && m.FailedAt == null
                        && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.LockedUntil, lockedUntil), cancellationToken);
        var claimed = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ClaimToken == token)
            .OrderBy(m => m.OccurredAt)
            .ToListAsync(cancellationToken);

        foreach (var message in claimed)
        {
            await HandleAsync(db, module, message, token, cancellationToken);
        }

        return claimed.Count;
    }

    private async Task HandleAsync(ModuleDbContext db, ModuleInfo module, OutboxMessage message, Guid token, CancellationToken cancellationToken)
    {
        string? error = null;
        try
        {
            var type = IntegrationEventTypes.Find(message.Type)
                       ?? throw new InvalidOperationException($"未知的集成事件类型 {message.Type}");
            var integrationEvent = (IIntegrationEvent)JsonSerializer.Deserialize(message.Payload, type, ModuleDbContext.EventJson)!;

            // A fresh scope per message: one consumer's half-saved state never leaks into the next.
            await using var handlerScope = scopes.CreateAsyncScope();
            var publisher = handlerScope.ServiceProvider.GetRequiredService<IMediator>();
            await publisher.Publish(integrationEvent, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            error = ex.ToString();
            logger.LogWarning(ex, "Integration event {EventId} ({Type}) of module {Module} failed on attempt {Attempt}",
                message.Id, message.Type, module.Name, message.Attempts + 1);
        }

        var now = clock.GetUtcNow();
        if (error is null)
        {
            await db.OutboxMessages
                .Where(m => m.Id == message.Id && m.ClaimToken == token)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.ProcessedAt, now)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                    .SetProperty(m => m.LastError, (string?)null), cancellationToken);
            return;
        }

        var attempts = message.Attempts + 1;
        var failedAt = attempts >= _options.MaxAttempts ? now : (DateTimeOffset?)null;
        var nextAttempt = now + RetryDelay(attempts);
        var lastError = error.Length > 4000 ? error[..4000] : error;
        await db.OutboxMessages
            .Where(m => m.Id == message.Id && m.ClaimToken == token)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, lastError)
                .SetProperty(m => m.NextAttemptAt, nextAttempt)
                .SetProperty(m => m.FailedAt, failedAt)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.ClaimToken, (Guid?)null), CancellationToken.None);
    }

    internal TimeSpan RetryDelay(int attempts)
    {
        var exponential = _options.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 20));
        var capped = Math.Min(exponential, _options.MaxRetryDelay.TotalMilliseconds);
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        return TimeSpan.FromMilliseconds(capped * jitter);
    }
}
