using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Catalogue.Application.Coverage;
using OpenGov.Catalogue.Infrastructure.Xlsx;

namespace OpenGov.Catalogue.Infrastructure.Endpoints;

/// <summary>The county office's matrix of units × domains: how far the catalogues are covered by published information.</summary>
internal static class CoverageEndpoints
{
    public static void MapCoverageEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/catalogue/coverage").WithTags("公开目录：覆盖情况").RequireAuthorization();

        group.MapGet("/", async ([AsParameters] GetCoverageQuery query, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(query, ct)).ToOk())
            .WithSummary("目录覆盖情况（单位 × 领域）")
            .WithDescription("按单位、领域统计现行发布目录的事项数，以及其中已有政府信息发布（未撤回）的事项数、关联信息逾期未公开的事项数、逾期发布的信息条数。"
                + "数字来自政府信息公开模块的发布、撤回、逾期通知，稍有延迟。县级管理员查看全部单位（unitId 可指定一个单位），其他人员只能看到本单位；domainCode 指定一个领域。")
            .Produces<CoverageMatrixDto>()
            .ProducesStandardProblems();

        group.MapGet("/export", async ([AsParameters] GetCoverageQuery query, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(query, ct)).ToHttp(matrix =>
                {
                    // Small (units × domains), so the workbook is built in memory, unlike the catalogue exports.
                    var file = new MemoryStream();
                    CoverageWorkbookWriter.Write(file, matrix);
                    return TypedResults.File(file.ToArray(), CatalogueWorkbookWriter.ContentType, CoverageWorkbookWriter.Title(matrix) + ".xlsx");
                }))
            .WithSummary("导出目录覆盖情况（Excel）")
            .WithDescription("与“目录覆盖情况”相同的范围和数字，导出为一个工作表：首列为单位，每个领域下分“事项数”“已公开”“逾期”三列。")
            .Produces(StatusCodes.Status200OK, contentType: CatalogueWorkbookWriter.ContentType)
            .ProducesStandardProblems();
    }
}
