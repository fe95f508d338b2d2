using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Reporting.Application.Reports;

namespace OpenGov.Reporting.Infrastructure.Endpoints;

internal static class ReportEndpoints
{
    public const string Tag = "政府信息公开工作年度报告";

    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reporting").RequireAuthorization().WithTags(Tag);

        group.MapPost("/annual-reports", (CreateReportBody body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new CreateUnitReportCommand(body.Year, body.UnitId), id => new GetReportQuery(id), ct,
                    r => TypedResults.Created($"/api/reporting/annual-reports/{r.Id}", r)))
            .WithSummary("生成单位年度报告草稿")
            .WithDescription("按年度和单位生成草稿：表二的规章、行政规范性文件由政府信息发布记录统计，行政许可、处罚、强制和行政事业性收费取自录入的执法数据；表三、表四由依申请公开、复议诉讼记录统计；一、六按已知情况拟稿（六总含信息处理费情况），五留待填写。每单位每年只有一份当前版本，已存在返回 409。")
            .Produces<ReportDto>(StatusCodes.Status201Created)
            .ProducesStandardProblems();

        group.MapPost("/county-reports", (CreateCountyReportBody body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new CreateCountyReportCommand(body.Year, body.MemberUnitIds), id => new GetReportQuery(id), ct,
                    r => TypedResults.Created($"/api/reporting/annual-reports/{r.Id}", r)))
            .WithSummary("生成县人民政府年度报告（汇总）草稿")
            .WithDescription("县级管理员按明确的汇总范围（memberUnitIds，不填为全部启用单位，含县政府办公室本级）生成汇总报告：每个数字为各单位之和（V8），可按单元格查看各单位构成。")
            .Produces<ReportDto>(StatusCodes.Status201Created)
            .ProducesStandardProblems();

        group.MapGet("/annual-reports", async ([AsParameters] ListReportsQuery query, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(query, ct)).ToOk())
            .WithSummary("年度报告列表（含各版本）")
            .Produces<IReadOnlyList<ReportSummaryDto>>()
            .ProducesStandardProblems();

        group.MapGet("/annual-reports/{id:guid}", async (Guid id, string? format, HttpContext http, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetReportQuery(id), ct)).ToHttp(r => ReportResults.Negotiate(http, r, format)))
            .WithSummary("年度报告（JSON、HTML 或 DOCX）")
            .WithDescription("默认返回 JSON（表格、正文、校验结果）；请求头 Accept: text/html 返回按官方格式排版的网页；format=docx 返回 Word 文档。任何版本（含被更正取代的）都可查阅。")
            .Produces<ReportDto>()
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .Produces<byte[]>(StatusCodes.Status200OK, ReportResults.DocxType)
            .ProducesStandardProblems();

        group.MapPost("/annual-reports/{id:guid}/refresh", (Guid id, [FromBody] VersionBody body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new RefreshReportFiguresCommand(id, body.Version), x => new GetReportQuery(x), ct))
            .WithSummary("重新统计草稿的表格")
            .WithDescription("按各模块的最新记录重新统计草稿的表二、表三、表四（正文保留）。已报送、已发布或导入的报告返回 409。")
            .Produces<ReportDto>()
            .ProducesStandardProblems();

        group.MapPut("/annual-reports/{id:guid}/texts", (Guid id, [FromBody] ReportTextsBody body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new EditReportTextsCommand(id, body.Opening, body.Overview, body.Problems, body.Other, body.Version), x => new GetReportQuery(x), ct))
            .WithSummary("修改报告正文（一、五、六）")
            .WithDescription("只能修改草稿；已发布的报告返回 409，请生成更正版本。")
            .Produces<ReportDto>()
            .ProducesStandardProblems();

        group.MapPost("/annual-reports/{id:guid}/status", (Guid id, [FromBody] ReportStepBody body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new ChangeReportStatusCommand(id, body.Step, body.Reason, body.Version), x => new GetReportQuery(x), ct))
            .WithSummary("报送、审核、退回、发布")
            .WithDescription("单位报送（Submit）→ 县政府办公室审核通过（Accept）或退回（Return，须写理由）→ 发布（Publish）。县人民政府汇总报告由县级管理员直接发布。任何一条硬性勾稽规则（V1–V8）不通过的不能报送或发布，返回 409 并逐条说明表、行、列和等式两边的数。重复发布返回 409。")
            .Produces<ReportDto>()
            .ProducesStandardProblems();

        group.MapPost("/annual-reports/{id:guid}/corrections", (Guid id, [FromBody] CorrectionBody body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new CorrectReportCommand(id, body.Reason, body.Version), x => new GetReportQuery(x), ct,
                    r => TypedResults.Created($"/api/reporting/annual-reports/{r.Id}", r)))
            .WithSummary("更正已发布的报告")
            .WithDescription("以已发布版本为底稿生成更正版本（草稿，写明理由），走报送、审核、发布流程；新版本发布后原版本标为“已被更正版本取代”，仍可查阅。")
            .Produces<ReportDto>(StatusCodes.Status201Created)
            .ProducesStandardProblems();

        group.MapGet("/annual-reports/{id:guid}/drill-down", async (Guid id, ReportTable? table, string? row, int? column, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new DrillDownQuery(id, table, row, column), ct)).ToOk())
            .WithSummary("汇总报告单元格的各单位构成")
            .WithDescription("table=Proactive 时 row 取 RulesIssued、RulesRepealed、RulesInForce、NormativeIssued、NormativeRepealed、NormativeInForce、Licensing、Penalties、Compulsions、FeesTenThousandYuan；table=Applications 时 row 取表三行键（如 NewReceived、Refused.StateSecret），column 取 0–6（自然人…总计）；table=Remedies 时 column 取 0–14。")
            .Produces<DrillDownDto>()
            .ProducesStandardProblems();

        group.MapGet("/annual-reports/{id:guid}/members", async (Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetReportQuery(id), ct)).ToHttp(r =>
                    http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
                        ? TypedResults.Content(Rendering.MembershipHtml.Render(r), "text/html; charset=utf-8")
                        : TypedResults.Ok(r.Members)))
            .WithSummary("汇总报告的汇总范围（可打印）")
            .WithDescription("县人民政府汇总报告纳入的单位清单；Accept: text/html 返回可打印的网页。单位报告返回空清单。")
            .Produces<IReadOnlyList<ReportMemberDto>>()
            .ProducesStandardProblems();

        group.MapGet("/progress", async ([AsParameters] GetReportProgressQuery query, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(query, ct)).ToOk())
            .WithSummary("各单位年度报告进度和逾期情况")
            .WithDescription("按单位类型的发布期限（县直部门 1月31日、县人民政府 3月31日、乡镇街道可配置）列出各单位报告状态，标出逾期未发布或发布晚于期限的单位。")
            .Produces<IReadOnlyList<ReportProgressDto>>()
            .ProducesStandardProblems();
    }
}
