using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Requests.Application.Intake;
using OpenGov.Requests.Application.Queries;
using OpenGov.Requests.Application.Requests;

namespace OpenGov.Requests.Infrastructure.Endpoints;

internal static class PublicRequestEndpoints
{
    public static void MapPublicRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/public/requests").AllowAnonymous().WithTags("公开：依申请公开");

        group.MapPost("/", async ([FromBody] SubmitRequestBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SubmitRequestCommand(body.UnitId, body.Applicant, body.InformationDescription, body.DeliveryForm, body.DeliveryNote), ct))
                .ToHttp(r => TypedResults.Created("/api/public/requests/status", r)))
            .WithSummary("在线提交政府信息公开申请")
            .WithDescription("任何公民、法人或其他组织均可在线申请（条例第二十七、二十九条）：填写申请人信息、所需信息的描述和提供形式。提交当日为收到申请之日（平台即时确认）。响应中的查询码只显示这一次，凭它查询办理进度和答复。")
            .Produces<SubmittedRequestDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

        group.MapGet("/status", async ([FromHeader(Name = "X-Query-Code")] string? code, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetPublicRequestStatusQuery(code ?? string.Empty), ct)).ToOk())
            .WithSummary("凭查询码查询申请进度")
            .WithDescription("查询码放在请求头 X-Query-Code 中（不放在网址里，以免留在日志和浏览记录中）。只返回本人申请的编号、受理机关、状态、答复期限、需补正的事项和已发出的告知书；查询码不对返回 404。")
            .Produces<PublicRequestStatusDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
