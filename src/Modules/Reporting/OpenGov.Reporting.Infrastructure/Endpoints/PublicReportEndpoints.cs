using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Reporting.Application.Reports;

namespace OpenGov.Reporting.Infrastructure.Endpoints;

internal static class PublicReportEndpoints
{
    public static void MapPublicReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/public/reporting/annual-reports/{year:int}/{unitId:guid}",
                async (int year, Guid unitId, int? edition, string? format, HttpContext http, IMediator mediator, CancellationToken ct) =>
                    (await mediator.Send(new GetPublicReportQuery(year, unitId, edition), ct)).ToHttp(r => ReportResults.Negotiate(http, r, format)))
            .AllowAnonymous()
            .WithTags("公开：年度报告")
            .WithSummary("已发布的年度报告")
            .WithDescription("单位（或县人民政府）某年度已发布的报告，默认当前版本，edition 可查被更正的早期版本。Accept: text/html 返回网页，application/json 返回 JSON，format=docx 返回 Word 文档。未发布返回 404。")
            .Produces<ReportDto>()
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .Produces<byte[]>(StatusCodes.Status200OK, ReportResults.DocxType)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
