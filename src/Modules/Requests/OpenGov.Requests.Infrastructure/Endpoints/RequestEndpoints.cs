using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Requests.Application.Intake;
using OpenGov.Requests.Application.Queries;
using OpenGov.Requests.Application.Requests;
using OpenGov.Requests.Application.Statistics;
using OpenGov.Requests.Contracts;
using OpenGov.Requests.Infrastructure.Letters;

namespace OpenGov.Requests.Infrastructure.Endpoints;

internal static class RequestEndpoints
{
    public const string Tag = "依申请公开";

    public static void MapRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/requests").RequireAuthorization().WithTags(Tag);

        group.MapGet("/", async ([AsParameters] ListRequestsQuery query, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(query, ct)).ToOk())
            .WithSummary("申请列表与期限提醒")
            .WithDescription("本单位的申请（县级管理员可按 unitId 查看任一单位，不填为全县；不含申请人个人信息）。可按 status、year（收到年份）筛选；deadline=Overdue 超期未答复、DueSoon 即将到期（设置的工作日内）、Open 全部未办结，按答复期限排序。")
            .Produces<PagedList<RequestListItemDto>>()
            .ProducesStandardProblems();

        group.MapGet("/statistics", async ([AsParameters] ViewRequestStatisticsQuery query, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(query, ct)).ToOk())
            .WithSummary("申请统计（年度报告表三、表四）")
            .WithDescription("按年度（year）统计收到和处理政府信息公开申请情况（表三：新收、上年结转、21 种办理结果、总计、结转下年，按申请人类型分列）和行政复议、行政诉讼情况（表四），以及收取的信息处理费。县级管理员可查全县（不填 unitId）或任一单位，其他人员查本单位。")
            .Produces<RequestStatistics>()
            .ProducesStandardProblems();

        group.MapPost("/units/{unitId:guid}", async (Guid unitId, [FromBody] RegisterRequestBody body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var registered = await mediator.Send(
                    new RegisterRequestCommand(unitId, body.Channel, body.ArrivedOn, body.ConfirmedOn, body.Applicant, body.InformationDescription,
                        body.DeliveryForm, body.DeliveryNote), ct);
                if (!registered.IsSuccess)
                {
                    return registered.Error.ToProblem();
                }

                http.Response.Headers["X-Query-Code"] = registered.Value.QueryCode;
                return (await mediator.Send(new GetRequestQuery(registered.Value.Id), ct))
                    .ToHttp(dto => TypedResults.Created($"/api/requests/{dto.Id}", dto));
            })
            .WithSummary("登记申请（信函、当面、传真、电子邮件等）")
            .WithDescription("工作人员登记向本单位提出的申请（REQ-2、REQ-16）。收到申请之日按渠道确定（条例第三十一条）：当面提交为提交之日，邮寄签收为签收之日，平常信函为与申请人确认之日，传真、电子邮件及其他渠道为双方确认之日（须填 confirmedOn）。登记即受理，答复期限自动计算。响应为申请详情；查询码只在 POST 响应头 X-Query-Code 中出现一次，请交给申请人。")
            .Produces<RequestDto>(StatusCodes.Status201Created)
            .ProducesStandardProblems();

        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetRequestQuery(id), ct)).ToOk())
            .WithSummary("申请详情")
            .WithDescription("办理过程、答复期限及其计算过程（起算日、跳过的休息日、不计入的期间、延期）、办理结果和告知书。申请人个人信息只对受理单位显示；其他单位的申请返回 404。")
            .Produces<RequestDto>()
            .ProducesStandardProblems();

        group.MapGet("/{id:guid}/reply-letter.docx", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetReplyLetterQuery(id), ct)).ToHttp(letter => TypedResults.File(
                    ReplyLetterDocx.Write(letter.Title, letter.Body),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    $"{letter.TrackingNumber}-答复告知书.docx")))
            .WithSummary("下载告知书（DOCX）")
            .WithDescription("按当前（可能已修改的）告知书内容生成 Word 文档，含引用的条例条款和复议、诉讼救济告知。只有受理单位可以下载。")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            .ProducesStandardProblems();
    }
}
