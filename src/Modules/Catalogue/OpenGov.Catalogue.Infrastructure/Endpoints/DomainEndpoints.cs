using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Catalogue.Application.Domains;
using OpenGov.Catalogue.Contracts;

namespace OpenGov.Catalogue.Infrastructure.Endpoints;

/// <summary>公开领域信息</summary>
/// <param name="Name">领域名称（必填，不超过 50 字，全县唯一；26 个试点领域的名称不可修改）</param>
/// <param name="SortOrder">排序号，越小越靠前（新增时不填则排在最后）</param>
/// <param name="Version">修改时必填：读取时的版本号</param>
public sealed record DomainRequest(string? Name, int? SortOrder, int? Version);

internal static class DomainEndpoints
{
    public static void MapDomainEndpoints(this IEndpointRouteBuilder app)
    {
        var domains = app.MapGroup("/api/catalogue/domains").WithTags("公开目录：领域").RequireAuthorization();

        domains.MapGet("/", async (bool? includeRetired, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListDisclosureDomainsQuery(includeRetired), ct)).ToOk())
            .WithSummary("公开领域列表")
            .WithDescription("按排序号列出公开领域：26 个试点领域（D01–D26）及县里新增的领域。includeRetired=true 时包含已停用的领域。")
            .Produces<IReadOnlyList<DisclosureDomainDto>>()
            .ProducesStandardProblems();

        domains.MapGet("/{code}", async (string code, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetDisclosureDomainQuery(code), ct)).ToOk())
            .WithSummary("公开领域详情")
            .WithDescription("按领域代码（如 D01）查看一个领域。")
            .Produces<DisclosureDomainDto>()
            .ProducesStandardProblems();

        domains.MapPost("/", ([FromBody] DomainRequest body, IMediator mediator, CancellationToken ct) => mediator.SendThenGet(
                new AddDisclosureDomainCommand(body.Name, body.SortOrder), code => new GetDisclosureDomainQuery(code), ct,
                d => TypedResults.Created($"/api/catalogue/domains/{d.Code}", d)))
            .WithSummary("新增公开领域")
            .WithDescription("县级管理员在 26 个试点领域之外新增领域（其他领域）。代码自动顺延（D27、D28……），永不复用。")
            .Produces<DisclosureDomainDto>(StatusCodes.Status201Created)
            .ProducesStandardProblems();

        domains.MapPut("/{code}", (string code, [FromBody] DomainRequest body, IMediator mediator, CancellationToken ct) => mediator.SendThenGet(
                new UpdateDisclosureDomainCommand(code, body.Name, body.SortOrder, body.Version), c => new GetDisclosureDomainQuery(c), ct))
            .WithSummary("修改公开领域")
            .WithDescription("县级管理员修改县里新增领域的名称，或调整任一领域的排序号。试点领域名称按国家标准固定。必须提交读取时的 version，版本不符返回 409。")
            .Produces<DisclosureDomainDto>()
            .ProducesStandardProblems();

        domains.MapPost("/{code}/retire", (string code, IMediator mediator, CancellationToken ct) => mediator.SendThenGet(
                new SetDisclosureDomainRetiredCommand(code, true), c => new GetDisclosureDomainQuery(c), ct))
            .WithSummary("停用公开领域")
            .WithDescription("领域一经使用就不能删除，只能停用：停用后不能再新建该领域的目录，公众列表中不再显示，已有目录保留。")
            .Produces<DisclosureDomainDto>()
            .ProducesStandardProblems();

        domains.MapPost("/{code}/reinstate", (string code, IMediator mediator, CancellationToken ct) => mediator.SendThenGet(
                new SetDisclosureDomainRetiredCommand(code, false), c => new GetDisclosureDomainQuery(c), ct))
            .WithSummary("恢复公开领域")
            .WithDescription("重新启用已停用的领域。")
            .Produces<DisclosureDomainDto>()
            .ProducesStandardProblems();

        app.MapGet("/api/public/catalogue/domains", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetDisclosureDomainsQuery(), ct)).ToOk())
            .WithTags("公开：公开目录")
            .WithSummary("公开领域")
            .WithDescription("按排序号列出启用中的公开领域（26 个试点领域及县里新增的领域），供公众按领域查阅目录。")
            .Produces<IReadOnlyList<DisclosureDomainSummary>>()
            .AllowAnonymous();
    }
}
