using System.Collections.Concurrent;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.BuildingBlocks.Application.Behaviours;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.BuildingBlocks.Infrastructure.Audit;
using OpenGov.BuildingBlocks.Infrastructure.Modules;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;

namespace OpenGov.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// One SaveChanges per command, in the module that owns the command: domain events become outbox rows
/// and an audit row is added, all in that same transaction. A stale version becomes 409.
/// </summary>
public sealed class UnitOfWorkBehaviour<TRequest, TResponse>(
    IServiceProvider services,
    IEnumerable<ModuleInfo> modules,
    ICurrentUser currentUser,
    IdempotencyContext idempotency,
    TimeProvider clock) : IPipelineBehavior<TRequest, TResponse>
{
    private const int MaxAttempts = 3;

    private static readonly ConcurrentDictionary<Type, (Type Service, System.Reflection.MethodInfo Map)> Mappers = new();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IBaseCommand)
        {
            return await next();
        }

        var module = modules.FirstOrDefault(m => m.Owns(typeof(TRequest)));
        if (module is null)
        {
            return await next();
        }

        var db = (ModuleDbContext)services.GetRequiredService(module.DbContextType);
        for (var attempt = 1; ; attempt++)
        {
            var response = await next();
            // A replayed result changed nothing, so there is nothing to save or audit.
            if (response is Result { IsSuccess: false } || idempotency.Replayed)
            {
                return response;
            }

            WriteDomainEventsToOutbox(db);
            db.AuditEntries.Add(new AuditEntry
            {
                Id = Guid.NewGuid(),
                OccurredAt = clock.GetUtcNow(),
                Module = module.Name,
                CommandName = typeof(TRequest).Name,
                TargetId = TargetOf(request, response),
                UserId = currentUser.UserId,
                UserName = currentUser.UserName,
                ClientId = currentUser.ClientId,
                UnitId = currentUser.UnitId,
            });

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return response;
            }
            catch (DbUpdateException ex) when (request is IRetriedOnCollision && attempt < MaxAttempts
                && (ex is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(ex)))
            {
                // A colliding writer committed first (a shared counter, or the same key at once): run the whole
                // command again on fresh data, which now sees the other writer's row.
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateConcurrencyException)
            {
                return ResultFactory.Failure<TResponse>(Error.Conflict("concurrency.stale", "数据已被他人修改，请刷新后重试"));
            }
            catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
            {
                return ResultFactory.Failure<TResponse>(Error.Conflict("conflict.duplicate", "存在重复的数据，请检查后重试"));
            }
            catch (DbUpdateException ex) when (DatabaseErrors.IsValueTooLong(ex))
            {
                return ResultFactory.Failure<TResponse>(Error.Validation("request.value_too_long", "有字段的内容超过允许的长度，请精简后重试"));
            }
        }
    }

    private void WriteDomainEventsToOutbox(ModuleDbContext db)
    {
        var aggregates = db.ChangeTracker.Entries<IHasDomainEvents>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
        foreach (var aggregate in aggregates)
        {
            foreach (var domainEvent in aggregate.DomainEvents)
            {
                var (service, map) = Mappers.GetOrAdd(domainEvent.GetType(), static t =>
                {
                    var type = typeof(IDomainEventMapper<>).MakeGenericType(t);
                    return (type, type.GetMethod(nameof(IDomainEventMapper<IDomainEvent>.Map))!);
                });
                foreach (var mapper in services.GetServices(service))
                {
                    foreach (var integrationEvent in (IEnumerable<IIntegrationEvent>)map.Invoke(mapper, [domainEvent])!)
                    {
                        db.AddIntegrationEvent(integrationEvent);
                    }
                }
            }

            aggregate.ClearDomainEvents();
        }
    }

    private static string? TargetOf(TRequest request, TResponse response)
    {
        if (request is IAuditable auditable)
        {
            return auditable.AuditTargetId;
        }

        var value = response?.GetType().GetProperty("Value")?.GetValue(response);
        return value switch
        {
            null => null,
            Guid id => id.ToString(),
            string s => s,
            _ => value.GetType().GetProperty("Id")?.GetValue(value)?.ToString(),
        };
    }
}
