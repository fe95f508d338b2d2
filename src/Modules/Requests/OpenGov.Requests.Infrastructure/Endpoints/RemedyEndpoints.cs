using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Requests.Application.Remedies;
using OpenGov.Requests.Application.Requests;

namespace OpenGov.Requests.Infrastructure.Endpoints;

internal static class RemedyEndpoints
{
    public static void MapRemedyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/requests/remedy-cases").RequireAuthorization().WithTags("行政复议与行政诉讼");

        group.MapGet("/", async ([AsParameters] ListRemedyCasesQuery query, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(query, ct)).ToOk())
            .WithSummary("复议、诉讼记录列表")
            .WithDescription("本单位作为被申请人或被告的政府信息公开行政复议、行政诉讼案件（县级管理员可查看全县），可按 unitId、requestId 筛选。")
            .Produces<PagedList<RemedyCaseDto>>()
            .ProducesStandardProblems();

        group.MapPost("/", (RemedyCaseBody body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(
                    new RecordRemedyCaseCommand(body.UnitId, body.RequestId, body.Kind, body.AfterReconsideration, body.CaseNumber, body.Authority, body.FiledOn, body.Note),
                    id => new GetRemedyCaseQuery(id), ct, dto => TypedResults.Created($"/api/requests/remedy-cases/{dto.Id}", dto)))
            .WithSummary("登记行政复议或行政诉讼")
            .WithDescription("年度报告表四：行政复议，或行政诉讼（afterReconsideration 区分未经复议直接起诉与复议后起诉），可关联申请。登记时为尚未审结。")
            .Produces<RemedyCaseDto>(StatusCodes.Status201Created)
            .ProducesStandardProblems();

        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetRemedyCaseQuery(id), ct)).ToOk())
            .WithSummary("复议、诉讼记录")
            .Produces<RemedyCaseDto>()
            .ProducesStandardProblems();

        group.MapPost("/{id:guid}/result", (Guid id, [FromBody] RemedyResultBody body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new ConcludeRemedyCaseCommand(id, body.Result, body.ConcludedOn, body.Note, body.Version), x => new GetRemedyCaseQuery(x), ct))
            .WithSummary("登记复议、诉讼结果")
            .WithDescription("结果维持、结果纠正（撤销、变更、确认违法、责令履行）、其他结果（驳回、撤回、调解、终止等），填写审结日期；登记错误可改回尚未审结。")
            .Produces<RemedyCaseDto>()
            .ProducesStandardProblems();
    }
}
