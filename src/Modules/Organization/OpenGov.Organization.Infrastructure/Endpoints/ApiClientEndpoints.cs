using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Organization.Application.Clients;

namespace OpenGov.Organization.Infrastructure.Endpoints;

/// <summary>接口客户端信息</summary>
/// <param name="Name">名称，如“县财政局 OA 系统”</param>
/// <param name="UnitId">所属单位编号（新建时必填）</param>
/// <param name="Scopes">允许的权限范围：publication.write、publication.read、requests.write、requests.read、reporting.write、catalogue.read</param>
/// <param name="Version">修改时必填：读取时的版本号</param>
public sealed record ApiClientRequest(string? Name, Guid? UnitId, IReadOnlyList<string>? Scopes, int? Version);

internal static class ApiClientEndpoints
{
    public static void MapApiClientEndpoints(this IEndpointRouteBuilder app)
    {
        var clients = app.MapGroup("/api/organization/api-clients").WithTags("组织机构：接口客户端").RequireAuthorization();

        clients.MapGet("/", async ([AsParameters] ListApiClientsQuery query, IMediator mediator, CancellationToken ct) => (await mediator.Send(query, ct)).ToOk())
            .WithSummary("接口客户端列表")
            .WithDescription("OA 系统等接口客户端。县级管理员看全县（unitId 筛选），单位管理员看本单位；includeRevoked 是否包含已吊销的。")
            .Produces<PagedList<ApiClientDto>>()
            .ProducesStandardProblems();

        clients.MapGet("/scopes", () => TypedResults.Ok(ApiScopes.All))
            .WithSummary("可用的权限范围")
            .Produces<IReadOnlyDictionary<string, string>>()
            .ProducesStandardProblems();

        clients.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => (await mediator.Send(new GetApiClientQuery(id), ct)).ToOk())
            .WithSummary("接口客户端详情")
            .Produces<ApiClientDto>()
            .ProducesStandardProblems();

        clients.MapPost("/", async ([FromBody] ApiClientRequest body, IMediator mediator, CancellationToken ct) =>
                await WithSecret(await mediator.Send(new CreateApiClientCommand(body.Name, body.UnitId, body.Scopes), ct), mediator, created: true, ct))
            .WithSummary("新建接口客户端")
            .WithDescription("返回 client_id 和 client_secret。密钥只显示这一次，系统只保存其摘要。")
            .Produces<ApiClientWithSecretDto>(StatusCodes.Status201Created)
            .ProducesStandardProblems();

        clients.MapPut("/{id:guid}", (Guid id, [FromBody] ApiClientRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new UpdateApiClientCommand(id, body.Name, body.Scopes, body.Version), clientId => new GetApiClientQuery(clientId), ct))
            .WithSummary("修改接口客户端")
            .WithDescription("修改名称和权限范围（已签发的令牌到期前仍带原权限范围）。")
            .Produces<ApiClientDto>()
            .ProducesStandardProblems();

        clients.MapPost("/{id:guid}/rotate-secret", async (Guid id, IMediator mediator, CancellationToken ct) =>
                await WithSecret(await mediator.Send(new RotateApiClientSecretCommand(id), ct), mediator, created: false, ct))
            .WithSummary("更换密钥")
            .WithDescription("生成新密钥，旧密钥立即失效。新密钥只显示这一次。")
            .Produces<ApiClientWithSecretDto>()
            .ProducesStandardProblems();

        clients.MapPost("/{id:guid}/revoke", (Guid id, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new RevokeApiClientCommand(id), clientId => new GetApiClientQuery(clientId), ct))
            .WithSummary("吊销接口客户端")
            .WithDescription("吊销后不能再换取令牌；已签发的令牌在有效期内仍可使用，如需立即阻断请同时更换签名密钥。")
            .Produces<ApiClientDto>()
            .ProducesStandardProblems();
    }

    private static async Task<IResult> WithSecret(Result<IssuedClientSecret> issued, IMediator mediator, bool created, CancellationToken ct)
    {
        if (!issued.IsSuccess)
        {
            return issued.Error.ToProblem();
        }

        var client = await mediator.Send(new GetApiClientQuery(issued.Value.Id), ct);
        return client.ToHttp(c =>
        {
            var body = new ApiClientWithSecretDto(c, issued.Value.ClientSecret);
            return created ? TypedResults.Created($"/api/organization/api-clients/{c.Id}", body) : TypedResults.Ok(body);
        });
    }
}
