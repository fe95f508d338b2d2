using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Organization.Application.Calendar;

namespace OpenGov.Organization.Infrastructure.Endpoints;

/// <summary>录入或修改一年的节假日安排</summary>
/// <param name="NoticeTitle">通知标题，如“国务院办公厅关于2027年部分节假日安排的通知”</param>
/// <param name="DocumentNumber">文号</param>
/// <param name="Text">安排明细，每行一条，格式同官方数据：“2027 off 2027-01-01..2027-01-03”表示放假，“2027 work 2027-01-04”表示调休上班；以 # 开头的行为注释（可写节日名称）</param>
/// <param name="Reason">修改已录入年份时必填：修改原因</param>
/// <param name="Version">修改已录入年份时必填：读取时的版本号</param>
public sealed record CalendarYearRequest(string? NoticeTitle, string? DocumentNumber, string? Text, string? Reason, int? Version);

/// <summary>本县调整某一日期</summary>
/// <param name="Date">日期</param>
/// <param name="IsWorkingDay">调整后是否为工作日</param>
/// <param name="Reason">调整原因</param>
public sealed record CalendarAdjustmentRequest(DateOnly? Date, bool? IsWorkingDay, string? Reason);

internal static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var calendar = app.MapGroup("/api/organization/working-calendar").WithTags("组织机构：工作日历").RequireAuthorization();

        calendar.MapGet("/add", async ([AsParameters] AddWorkingDaysQuery query, IMediator mediator, CancellationToken ct) => (await mediator.Send(query, ct)).ToOk())
            .WithSummary("计算第 N 个工作日")
            .WithDescription("from 为起算日（不计入，依据 GEN-2），days 为工作日数（可为负数，表示向前推算）。例如 from=2025-09-30&days=1 得 2025-10-09。日期超出已录入年份时返回 400（calendar.year_not_covered），不会按周末推测。")
            .Produces<AddWorkingDaysResult>()
            .ProducesStandardProblems();

        calendar.MapGet("/between", async ([AsParameters] WorkingDaysBetweenQuery query, IMediator mediator, CancellationToken ct) => (await mediator.Send(query, ct)).ToOk())
            .WithSummary("两日期之间的工作日数")
            .WithDescription("统计 from 之后（不含）到 to（含）之间的工作日数；to 早于 from 时为负数。")
            .Produces<WorkingDaysBetweenResult>()
            .ProducesStandardProblems();

        calendar.MapGet("/days/{date}", async (DateOnly date, IMediator mediator, CancellationToken ct) => (await mediator.Send(new GetWorkingDayInfoQuery(date), ct)).ToOk())
            .WithSummary("某日是否为工作日")
            .Produces<WorkingDayInfo>()
            .ProducesStandardProblems();

        calendar.MapGet("/years", async (IMediator mediator, CancellationToken ct) => (await mediator.Send(new ListCalendarYearsQuery(), ct)).ToOk())
            .WithSummary("已录入的年度节假日安排")
            .Produces<IReadOnlyList<CalendarYearDto>>()
            .ProducesStandardProblems();

        calendar.MapGet("/years/{year:int}", async (int year, IMediator mediator, CancellationToken ct) => (await mediator.Send(new GetCalendarYearQuery(year), ct)).ToOk())
            .WithSummary("某年的节假日安排")
            .Produces<CalendarYearDto>()
            .ProducesStandardProblems();

        calendar.MapPut("/years/{year:int}", (int year, [FromBody] CalendarYearRequest body, IMediator mediator, CancellationToken ct) => mediator.SendThenGet(
                new DefineCalendarYearCommand(year, body.NoticeTitle, body.DocumentNumber, body.Text, body.Reason, body.Version),
                saved => new GetCalendarYearQuery(saved), ct))
            .WithSummary("录入或修改某年的节假日安排")
            .WithDescription("县级管理员根据国务院办公厅每年的通知录入下一年的安排（通常在 11 月）。明细逐行校验，所有错误一次返回。修改已录入的年份须填写原因和版本号。录入或修改后，各模块按工作日计算的未到期期限会重新计算。")
            .Produces<CalendarYearDto>()
            .ProducesStandardProblems();

        calendar.MapGet("/adjustments", async (int? year, IMediator mediator, CancellationToken ct) => (await mediator.Send(new ListCalendarAdjustmentsQuery(year), ct)).ToOk())
            .WithSummary("本县调整列表")
            .Produces<IReadOnlyList<CalendarAdjustmentDto>>()
            .ProducesStandardProblems();

        calendar.MapPost("/adjustments", ([FromBody] CalendarAdjustmentRequest body, IMediator mediator, CancellationToken ct) => mediator.SendThenGet(
                new AddCalendarAdjustmentCommand(body.Date, body.IsWorkingDay, body.Reason),
                id => new GetCalendarAdjustmentQuery(id), ct, a => TypedResults.Created($"/api/organization/working-calendar/adjustments/{a.Id}", a)))
            .WithSummary("新增本县调整")
            .WithDescription("把某一日期调整为工作日或休息日（优先于国家安排），须说明原因。只能调整已录入年份内的日期。")
            .Produces<CalendarAdjustmentDto>(StatusCodes.Status201Created)
            .ProducesStandardProblems();

        calendar.MapGet("/adjustments/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetCalendarAdjustmentQuery(id), ct)).ToOk())
            .WithSummary("本县调整详情")
            .Produces<CalendarAdjustmentDto>()
            .ProducesStandardProblems();

        calendar.MapDelete("/adjustments/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RemoveCalendarAdjustmentCommand(id), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithSummary("删除本县调整")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesStandardProblems();
    }
}
