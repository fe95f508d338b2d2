using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Infrastructure.Web;

namespace OpenGov.BuildingBlocks.Infrastructure.Platform;

public static class PlatformEndpoints
{
    public static IEndpointRouteBuilder MapPlatformEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").WithTags("平台管理").RequireAuthorization();

        admin.MapGet("/audit", async (IMediator mediator, DateTimeOffset? from, DateTimeOffset? to, string? module, string? commandName,
                string? userName, Guid? unitId, string? targetId, int? page, int? pageSize, CancellationToken ct) =>
                (await mediator.Send(new ListAuditEntriesQuery(from, to, module, commandName, userName, unitId, targetId, page, pageSize), ct)).ToOk())
            .WithSummary("查询审计记录")
            .WithDescription("县级管理员查询所有模块执行过的命令：操作人、所属单位、时间、命令名称、操作对象。按时间倒序分页。")
            .Produces<PagedList<AuditEntryDto>>()
            .ProducesStandardProblems();

        admin.MapGet("/outbox", async (IMediator mediator, string? module, OutboxStatus? status, int? page, int? pageSize, CancellationToken ct) =>
                (await mediator.Send(new ListOutboxMessagesQuery(module, status, page, pageSize), ct)).ToOk())
            .WithSummary("查询集成事件消息")
            .WithDescription("查看各模块待发送、已失败、已处理的集成事件，含尝试次数和最近一次错误。")
            .Produces<PagedList<OutboxMessageDto>>()
            .ProducesStandardProblems();

        admin.MapPost("/outbox/{module}/{id:guid}/requeue", async (IMediator mediator, string module, Guid id, CancellationToken ct) =>
                (await mediator.Send(new RequeueOutboxMessageCommand(module, id), ct)).ToNoContent())
            .WithSummary("重新发送集成事件")
            .WithDescription("将失败或待发送的事件消息重新排入队列，重试次数清零并立即尝试。")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesStandardProblems();

        return app;
    }
}
