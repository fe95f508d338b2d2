using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.BuildingBlocks.Infrastructure.Audit;
using OpenGov.BuildingBlocks.Infrastructure.Modules;
using OpenGov.BuildingBlocks.Infrastructure.Outbox;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;

namespace OpenGov.BuildingBlocks.Infrastructure.Platform;

/// <summary>集成事件消息状态：pending 待发送，failed 已失败（超过最大重试次数），processed 已处理</summary>
public enum OutboxStatus
{
    Pending,
    Failed,
    Processed,
}

/// <summary>集成事件消息</summary>
/// <param name="Id">事件编号</param>
/// <param name="Module">发布模块</param>
/// <param name="Type">事件类型</param>
/// <param name="OccurredAt">发生时间</param>
/// <param name="Attempts">已尝试次数</param>
/// <param name="NextAttemptAt">下次尝试时间</param>
/// <param name="LastError">最近一次错误</param>
/// <param name="ProcessedAt">处理完成时间</param>
/// <param name="FailedAt">判定失败时间</param>
/// <param name="Payload">事件内容（JSON）</param>
public sealed record OutboxMessageDto(
    Guid Id, string Module, string Type, DateTimeOffset OccurredAt, int Attempts, DateTimeOffset NextAttemptAt,
    string? LastError, DateTimeOffset? ProcessedAt, DateTimeOffset? FailedAt, string Payload);

[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record ListOutboxMessagesQuery(string? Module, OutboxStatus? Status, int? Page, int? PageSize)
    : IQuery<PagedList<OutboxMessageDto>>;

[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record RequeueOutboxMessageCommand(string Module, Guid Id) : ICommand, IAuditable
{
    public string? AuditTargetId => Id.ToString();
}

internal sealed class ListOutboxMessagesHandler(IServiceProvider services, IEnumerable<ModuleInfo> modules)
    : IQueryHandler<ListOutboxMessagesQuery, PagedList<OutboxMessageDto>>
{
    public async Task<Result<PagedList<OutboxMessageDto>>> Handle(ListOutboxMessagesQuery query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalize(query.Page, query.PageSize);
        var total = 0;
        var merged = new List<OutboxMessageDto>();
        foreach (var module in modules.Where(m => query.Module is null || m.Name.Equals(query.Module, StringComparison.OrdinalIgnoreCase)))
        {
            var db = (ModuleDbContext)services.GetRequiredService(module.DbContextType);
            var messages = db.OutboxMessages.AsNoTracking();
            messages = query.Status switch
            {
                OutboxStatus.Pending => messages.Where(m => m.ProcessedAt == null && m.FailedAt == null),
                OutboxStatus.Failed => messages.Where(m => m.FailedAt != null),
                OutboxStatus.Processed => messages.Where(m => m.ProcessedAt != null),
                _ => messages,
            };
            total += await messages.CountAsync(cancellationToken);
            var rows = await messages.OrderByDescending(m => m.OccurredAt).Take(page * pageSize).ToListAsync(cancellationToken);
            merged.AddRange(rows.Select(m => new OutboxMessageDto(
                m.Id, module.Name, m.Type, m.OccurredAt, m.Attempts, m.NextAttemptAt, m.LastError, m.ProcessedAt, m.FailedAt, m.Payload)));
        }

        var items = merged.OrderByDescending(m => m.OccurredAt).Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return new PagedList<OutboxMessageDto>(items, total, page, pageSize);
    }
}

/// <summary>Puts a failed or pending message back at the head of the queue with a fresh attempt count.</summary>
internal sealed class RequeueOutboxMessageHandler(
    IServiceProvider services, IEnumerable<ModuleInfo> modules, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RequeueOutboxMessageCommand>
{
    public async Task<Result> Handle(RequeueOutboxMessageCommand command, CancellationToken cancellationToken)
    {
        var module = modules.FirstOrDefault(m => m.Name.Equals(command.Module, StringComparison.OrdinalIgnoreCase));
        if (module is null)
        {
            return Error.NotFound("outbox.module_not_found", $"模块 {command.Module} 不存在");
        }

        var db = (ModuleDbContext)services.GetRequiredService(module.DbContextType);
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == command.Id, cancellationToken);
        if (message is null)
        {
            return Error.NotFound("outbox.message_not_found", "该事件消息不存在");
        }

        if (message.ProcessedAt is not null)
        {
            return Error.Conflict("outbox.already_processed", "该事件消息已处理完成，无需重新发送");
        }

        var now = clock.GetUtcNow();
        message.FailedAt = null;
        message.Attempts = 0;
        message.NextAttemptAt = now;
        message.LockedUntil = null;
        message.ClaimToken = null;
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.NewGuid(),
            OccurredAt = now,
            Module = module.Name,
            CommandName = nameof(RequeueOutboxMessageCommand),
            TargetId = command.Id.ToString(),
            UserId = currentUser.UserId,
            UserName = currentUser.UserName,
            UnitId = currentUser.UnitId,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
