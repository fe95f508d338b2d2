using System.Security.Cryptography;
using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.BuildingBlocks.Application.Behaviours;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.BuildingBlocks.Infrastructure.Modules;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;

namespace OpenGov.BuildingBlocks.Infrastructure.Idempotency;

/// <summary>
/// Runs inside the unit of work, so the stored result commits with the command's own changes: a crash can never
/// leave a result without its effect, or an effect without its result.
/// </summary>
public sealed class IdempotencyBehaviour<TRequest, TResponse>(
    IServiceProvider services,
    IEnumerable<ModuleInfo> modules,
    ICurrentUser currentUser,
    IdempotencyContext context,
    TimeProvider clock) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IIdempotentCommand { IdempotencyKey: { Length: > 0 } key } || Caller() is not { } caller)
        {
            return await next();
        }

        var module = modules.FirstOrDefault(m => m.Owns(typeof(TRequest)))
            ?? throw new InvalidOperationException($"{typeof(TRequest)} belongs to no module");
        var db = (ModuleDbContext)services.GetRequiredService(module.DbContextType);
        var operation = typeof(TRequest).Name;
        var hash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, ModuleDbContext.EventJson)));

        var earlier = await db.Set<IdempotencyEntry>().AsNoTracking()
            .FirstOrDefaultAsync(e => e.Caller == caller && e.Operation == operation && e.Key == key, cancellationToken);
        if (earlier is not null)
        {
            if (earlier.RequestHash != hash)
            {
                return ResultFactory.Failure<TResponse>(Error.Conflict(
                    "idempotency.key_reused", $"编号“{key}”已用于一次内容不同的请求；重试请原样重发，新的内容请使用新的编号"));
            }

            context.Replayed = true;
            var valueType = ResultFactory.ValueType(typeof(TResponse));
            var value = valueType is null || earlier.ResultJson is null ? null : JsonSerializer.Deserialize(earlier.ResultJson, valueType, ModuleDbContext.EventJson);
            return ResultFactory.Success<TResponse>(value);
        }

        var response = await next();
        if (response is Result { IsSuccess: true })
        {
            var value = response.GetType().GetProperty("Value")?.GetValue(response);
            db.Set<IdempotencyEntry>().Add(new IdempotencyEntry
            {
                Caller = caller,
                Operation = operation,
                Key = key,
                RequestHash = hash,
                ResultJson = value is null ? null : JsonSerializer.Serialize(value, value.GetType(), ModuleDbContext.EventJson),
                CreatedAt = clock.GetUtcNow(),
            });
        }

        return response;
    }

    private string? Caller() =>
        currentUser.ClientId is { Length: > 0 } client ? "client:" + client : currentUser.UserId is { } user ? "user:" + user : null;
}
