using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Reporting.Application.Enforcement;

namespace OpenGov.Reporting.Infrastructure.Endpoints;

internal static class EnforcementEndpoints
{
    public static void MapEnforcementEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reporting/enforcement-figures").RequireAuthorization().WithTags(ReportEndpoints.Tag);

        group.MapPut("/", async ([FromBody] SetEnforcementFiguresCommand command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToOk())
            .WithSummary("录入或推送执法数据（表二）")
            .WithDescription("各单位的行政许可、行政处罚、行政强制处理决定数量和行政事业性收费金额（元，报告中换算为万元），来自其他业务系统；可一次提交多行，同一单位同一年度后提交的覆盖先前的。OA 系统使用 reporting.write 权限推送，重复推送结果相同。返回写入的行数。")
            .Produces<int>()
            .ProducesStandardProblems();

        group.MapGet("/{unitId:guid}/{year:int}", async (Guid unitId, int year, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetEnforcementFiguresQuery(unitId, year), ct)).ToOk())
            .WithSummary("单位某年度的执法数据")
            .Produces<EnforcementFiguresDto>()
            .ProducesStandardProblems();
    }
}
