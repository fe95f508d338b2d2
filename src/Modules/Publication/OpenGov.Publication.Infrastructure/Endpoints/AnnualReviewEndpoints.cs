using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Publication.Application.AnnualReviews;

namespace OpenGov.Publication.Infrastructure.Endpoints;

internal static class AnnualReviewEndpoints
{
    public static void MapAnnualReviewEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/publication").WithTags("政府信息：年度审查").RequireAuthorization();

        group.MapGet("/annual-reviews", async ([AsParameters] ListAnnualReviewsQuery query, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(query, ct)).ToOk())
            .WithSummary("年度审查进度")
            .WithDescription("某年度（year，默认今年）各单位对不予公开信息的评估审查进度（条例第十八条、PUB-10）：未开启、进行中、已完成，及条目数、未决定数、转为公开数、维持数。县级管理员看全县各单位，单位管理员和领导看本单位。")
            .Produces<IReadOnlyList<AnnualReviewProgressDto>>()
            .ProducesStandardProblems();

        var unit = group.MapGroup("/units/{unitId:guid}/annual-reviews");

        unit.MapPost("/", (Guid unitId, [FromBody] OpenAnnualReviewRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new OpenAnnualReviewCommand(unitId, body.Year), id => new GetAnnualReviewQuery(unitId, id), ct,
                    r => TypedResults.Created($"/api/publication/units/{unitId}/annual-reviews/{r.Id}", r)))
            .WithSummary("开启年度审查")
            .WithDescription("单位管理员或领导开启本单位某年度的不予公开信息评估审查：列出本单位成文日期在该年底以前、公开属性为此件依申请公开或此件不公开、未撤回的全部政府信息。每个单位每年只有一轮，重复开启返回 409。")
            .Produces<AnnualReviewDto>(StatusCodes.Status201Created)
            .ProducesStandardProblems();

        unit.MapGet("/{id:guid}", async (Guid unitId, Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetAnnualReviewQuery(unitId, id), ct)).ToOk())
            .WithSummary("年度审查详情")
            .WithDescription("年度审查及其全部条目：原公开属性、不公开依据和理由，已作出的决定、理由、决定人和时间。")
            .Produces<AnnualReviewDto>()
            .ProducesStandardProblems();

        unit.MapPost("/{id:guid}/entries/{entryId:guid}", (Guid unitId, Guid id, Guid entryId, [FromBody] AnnualReviewDecisionRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new DecideAnnualReviewEntryCommand(unitId, id, entryId, body.Decision, body.Reason, body.Version),
                    x => new GetAnnualReviewQuery(unitId, x), ct))
            .WithSummary("作出审查决定")
            .WithDescription("对一条信息作出决定并写明理由：Keep 维持不公开；Disclose 转为主动公开——公开属性改为“此件公开发布”（原属性和依据保留在条目中），审查通过的信息回到草稿，须重新审查后发布，公开时限自决定之日起计算（PUB-8）。已决定的条目不能再改。")
            .Produces<AnnualReviewDto>()
            .ProducesStandardProblems();

        unit.MapPost("/{id:guid}/complete", (Guid unitId, Guid id, [FromBody] RecordActionRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new CompleteAnnualReviewCommand(unitId, id, body.Version), x => new GetAnnualReviewQuery(unitId, x), ct))
            .WithSummary("完成年度审查")
            .WithDescription("全部条目都作出决定后完成本轮审查；尚有未决定的条目时返回 409 并说明还剩几条。")
            .Produces<AnnualReviewDto>()
            .ProducesStandardProblems();
    }
}
