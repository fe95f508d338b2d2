using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.BuildingBlocks.Infrastructure.Audit;
using OpenGov.BuildingBlocks.Infrastructure.Modules;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;

namespace OpenGov.BuildingBlocks.Infrastructure.Platform;

/// <summary>审计记录</summary>
/// <param name="Id">记录编号</param>
/// <param name="OccurredAt">执行时间（UTC）</param>
/// <param name="Module">所属模块</param>
/// <param name="CommandName">命令名称</param>
/// <param name="TargetId">操作对象编号</param>
/// <param name="UserId">操作人编号</param>
/// <param name="UserName">操作人用户名</param>
/// <param name="ClientId">接口客户端编号（OA 系统调用时）</param>
/// <param name="UnitId">操作人所属单位</param>
public sealed record AuditEntryDto(
    Guid Id, DateTimeOffset OccurredAt, string Module, string CommandName, string? TargetId,
    Guid? UserId, string? UserName, string? ClientId, Guid? UnitId);

[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record ListAuditEntriesQuery(
    DateTimeOffset? From, DateTimeOffset? To, string? Module, string? CommandName, string? UserName, Guid? UnitId, string? TargetId,
    int? Page, int? PageSize) : IQuery<PagedList<AuditEntryDto>>;

/// <summary>
/// Each module keeps its own audit rows (written with its changes); this reads every module's table
/// through that module's own context and merges them newest first.
/// </summary>
internal sealed class ListAuditEntriesHandler(IServiceProvider services, IEnumerable<ModuleInfo> modules)
    : IQueryHandler<ListAuditEntriesQuery, PagedList<AuditEntryDto>>
{
    public async Task<Result<PagedList<AuditEntryDto>>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalize(query.Page, query.PageSize);
        var window = page * pageSize;
        var total = 0;
        var merged = new List<AuditEntry>();
        foreach (var module in modules.Where(m => query.Module is null || m.Name.Equals(query.Module, StringComparison.OrdinalIgnoreCase)))
        {
            var db = (ModuleDbContext)services.GetRequiredService(module.DbContextType);
            var entries = Filter(db.AuditEntries.AsNoTracking(), query);
            total += await entries.CountAsync(cancellationToken);
            merged.AddRange(await entries.OrderByDescending(a => a.OccurredAt).Take(window).ToListAsync(cancellationToken));
        }

        var items = merged.OrderByDescending(a => a.OccurredAt).ThenBy(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new AuditEntryDto(a.Id, a.OccurredAt, a.Module, a.CommandName, a.TargetId, a.UserId, a.UserName, a.ClientId, a.UnitId))
            .ToList();
        return new PagedList<AuditEntryDto>(items, total, page, pageSize);
    }

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, ListAuditEntriesQuery q)
    {
        if (q.From is { } from)
        {
            entries = entries.Where(a => a.OccurredAt >= from);
        }

        if (q.To is { } to)
        {
            entries = entries.Where(a => a.OccurredAt < to);
        }

        if (!string.IsNullOrWhiteSpace(q.CommandName))
        {
            entries = entries.Where(a => a.CommandName == q.CommandName);
        }

        if (!string.IsNullOrWhiteSpace(q.UserName))
        {
            entries = entries.Where(a => a.UserName == q.UserName);
        }

        if (q.UnitId is { } unitId)
        {
            entries = entries.Where(a => a.UnitId == unitId);
        }

        if (!string.IsNullOrWhiteSpace(q.TargetId))
        {
            entries = entries.Where(a => a.TargetId == q.TargetId);
        }

        return entries;
    }
}
