using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Publication.Application.Ingest;

namespace OpenGov.Publication.Infrastructure.Endpoints;

internal static class IngestEndpoints
{
    public static void MapIngestEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/publication/documents").WithTags("政府信息：OA 系统接入").RequireAuthorization();

        group.MapPost("/", async ([FromBody] IngestDocumentRequest body, IMediator mediator, IdempotencyContext idempotency, CancellationToken ct) =>
            {
                var command = new IngestDocumentCommand(body.ExternalId, body.UnitId, body.ToInput(), body.SubmitForReview);
                var result = await mediator.Send(command, ct);
                return result.ToHttp(r => idempotency.Replayed
                    ? TypedResults.Ok(r)
                    : TypedResults.Created($"/api/publication/documents/{Uri.EscapeDataString(r.ExternalId)}", r));
            })
            .WithSummary("推送文件（幂等）")
            .WithDescription("OA 系统（接入系统，需授权范围 publication.write）推送本单位的文件及其公开属性。externalId 为 OA 系统中的编号：首次推送返回 201；网络重试时以相同编号和相同内容再次推送，返回 200 和与第一次完全相同的结果，不会重复登记；相同编号而内容不同返回 409。公开属性缺失或不公开依据缺失返回 400 并指出字段。")
            .Produces<IngestResultDto>(StatusCodes.Status201Created)
            .Produces<IngestResultDto>()
            .ProducesStandardProblems();

        group.MapPut("/{externalId}", async (
                string externalId, [FromBody] ReviseDocumentRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ReviseIngestedDocumentCommand(externalId, body.ToInput(), body.SubmitForReview, idempotencyKey), ct)).ToOk())
            .WithSummary("修改推送的文件")
            .WithDescription("OA 系统按自己的编号整体替换仍为草稿（含审查退回、更正中）的文件，可同时重新送审；审查中或已发布的返回 409。带 Idempotency-Key 请求头时，同一键的重试返回第一次的结果（200），同一键而内容不同返回 409。")
            .Produces<IngestResultDto>()
            .ProducesStandardProblems();

        group.MapGet("/{externalId}", async (string externalId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetIngestedDocumentQuery(externalId), ct)).ToOk())
            .WithSummary("查询办理状态")
            .WithDescription("OA 系统按自己的编号查询推送文件的办理状态（需授权范围 publication.read）：审查进度、退回意见、公开时限、发布与撤回情况、公开地址。只能查询本系统推送的文件。")
            .Produces<IngestStatusDto>()
            .ProducesStandardProblems();
    }
}
