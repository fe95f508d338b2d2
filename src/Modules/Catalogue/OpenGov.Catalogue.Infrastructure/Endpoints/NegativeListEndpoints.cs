using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Catalogue.Application.NegativeList;

namespace OpenGov.Catalogue.Infrastructure.Endpoints;

/// <summary>负面清单事项</summary>
/// <param name="DomainCode">所属公开领域代码（可选，如 D04）</param>
/// <param name="Name">事项名称（必填，不超过 200 字）</param>
/// <param name="Description">不予公开的具体内容及公开可能危及的国家安全、经济安全、公共安全或社会稳定（必填，不超过 2000 字，须具体到可以核查）</param>
/// <param name="LegalBasis">法律依据（必填，不超过 2000 字）</param>
/// <param name="Version">修改时必填：读取时的版本号</param>
public sealed record NegativeListItemRequest(string? DomainCode, string? Name, string? Description, string? LegalBasis, int? Version);

/// <summary>负面清单年度评估</summary>
/// <param name="Year">评估年度（必填，2000 年到今年，每个单位每年一次）</param>
/// <param name="Summary">评估结论（必填，不超过 2000 字）</param>
/// <param name="Decisions">对清单中每个现行事项的结论，缺一不可</param>
public sealed record NegativeListReviewRequest(int? Year, string? Summary, IReadOnlyList<ReviewDecisionDto>? Decisions);

internal static class NegativeListEndpoints
{
    public static void MapNegativeListEndpoints(this IEndpointRouteBuilder app)
    {
        var list = app.MapGroup("/api/catalogue/units/{unitId:guid}/negative-list").WithTags("公开目录：负面清单").RequireAuthorization();

        list.MapGet("/", async (Guid unitId, bool? includeReleased, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListNegativeListQuery(unitId, includeReleased), ct)).ToOk())
            .WithSummary("负面清单")
            .WithDescription("本单位列入负面清单、不予公开的事项。includeReleased=true 时包含已在年度评估中移出清单的事项。")
            .Produces<IReadOnlyList<NegativeListItemDto>>()
            .ProducesStandardProblems();

        list.MapGet("/{id:guid}", async (Guid unitId, Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetNegativeListItemQuery(unitId, id), ct)).ToOk())
            .WithSummary("负面清单事项详情")
            .Produces<NegativeListItemDto>()
            .ProducesStandardProblems();

        list.MapPost("/", (Guid unitId, [FromBody] NegativeListItemRequest body, IMediator mediator, CancellationToken ct) => mediator.SendThenGet(
                new AddNegativeListItemCommand(unitId, body.DomainCode, body.Name, body.Description, body.LegalBasis),
                id => new GetNegativeListItemQuery(unitId, id), ct,
                i => TypedResults.Created($"/api/catalogue/units/{unitId}/negative-list/{i.Id}", i)))
            .WithSummary("列入负面清单")
            .WithDescription("本单位的编辑或单位管理员将公开后可能危及国家安全、经济安全、公共安全或社会稳定的事项列入负面清单，必须写明具体内容和法律依据。清单以外的信息原则上都应公开。")
            .Produces<NegativeListItemDto>(StatusCodes.Status201Created)
            .ProducesStandardProblems();

        list.MapPut("/{id:guid}", (Guid unitId, Guid id, [FromBody] NegativeListItemRequest body, IMediator mediator, CancellationToken ct) => mediator.SendThenGet(
                new UpdateNegativeListItemCommand(unitId, id, body.DomainCode, body.Name, body.Description, body.LegalBasis, body.Version),
                itemId => new GetNegativeListItemQuery(unitId, itemId), ct))
            .WithSummary("修改负面清单事项")
            .WithDescription("修改仍在清单中的事项。已移出清单的事项不能修改（409）；必须提交读取时的 version，版本不符返回 409。")
            .Produces<NegativeListItemDto>()
            .ProducesStandardProblems();

        list.MapGet("/reviews", async (Guid unitId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListNegativeListReviewsQuery(unitId), ct)).ToOk())
            .WithSummary("负面清单年度评估记录")
            .WithDescription("本单位历年的负面清单评估，新的在前，含逐项结论。")
            .Produces<IReadOnlyList<NegativeListReviewDto>>()
            .ProducesStandardProblems();

        list.MapPost("/reviews", async (Guid unitId, [FromBody] NegativeListReviewRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RecordNegativeListReviewCommand(unitId, body.Year, body.Summary, body.Decisions), ct))
                    .ToHttp(id => TypedResults.Created($"/api/catalogue/units/{unitId}/negative-list/reviews", new { id })))
            .WithSummary("记录年度评估")
            .WithDescription("单位管理员（或县级管理员）记录本单位负面清单的年度评估：对清单中每个事项给出结论（Keep 继续不予公开，Release 移出清单、转为公开）。每个单位每年一次，重复记录返回 409。")
            .Produces(StatusCodes.Status201Created)
            .ProducesStandardProblems();

        app.MapGet("/api/public/catalogue/units/{unitId:guid}/negative-list", async (Guid unitId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetPublicNegativeListQuery(unitId), ct)).ToOk())
            .WithTags("公开：公开目录")
            .WithSummary("单位负面清单")
            .WithDescription("某单位现行负面清单：不予公开的事项及其法律依据。清单以外的信息原则上都应公开。")
            .Produces<IReadOnlyList<NegativeListItemDto>>()
            .AllowAnonymous();
    }
}
