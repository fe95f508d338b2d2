using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Catalogue.Application.Catalogues;
using OpenGov.Catalogue.Infrastructure.Xlsx;

namespace OpenGov.Catalogue.Infrastructure.Endpoints;

/// <summary>Downloads of published catalogues in the official xlsx template (CAT-3).</summary>
internal static class CatalogueExportEndpoints
{
    public static void MapCatalogueExportEndpoints(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/catalogue").WithTags("公开目录：单位目录").RequireAuthorization();

        staff.MapGet("/units/{unitId:guid}/export", async (Guid unitId, string? domainCode, IMediator mediator, CancellationToken ct) =>
                await ToFileAsync(await mediator.Send(new ExportUnitCataloguesQuery(unitId, Blank(domainCode)), ct), withUnitColumn: false, ct))
            .WithSummary("导出单位目录（Excel）")
            .WithDescription("按标准目录模板导出某单位现行发布的目录：domainCode 指定领域时导出该领域，不填则每个已发布领域一个工作表。只能导出本单位的（县级管理员可导出全部）。没有已发布目录时返回 404。")
            .Produces(StatusCodes.Status200OK, contentType: CatalogueWorkbookWriter.ContentType)
            .ProducesStandardProblems();

        staff.MapGet("/export", async (string? domainCode, IMediator mediator, CancellationToken ct) =>
                await ToFileAsync(await mediator.Send(new ExportCountyCataloguesQuery(Blank(domainCode)), ct), withUnitColumn: true, ct))
            .WithSummary("导出全县目录（Excel）")
            .WithDescription("县级管理员按标准目录模板导出全县各单位现行发布的目录：domainCode 指定领域，不填则每个领域一个工作表；事项按单位排列，末列为填报单位。")
            .Produces(StatusCodes.Status200OK, contentType: CatalogueWorkbookWriter.ContentType)
            .ProducesStandardProblems();

        var open = app.MapGroup("/api/public/catalogue").WithTags("公开：公开目录").AllowAnonymous();

        open.MapGet("/units/{unitId:guid}/export", async (Guid unitId, string? domainCode, IMediator mediator, CancellationToken ct) =>
                await ToFileAsync(await mediator.Send(new ExportPublishedCataloguesQuery(unitId, Blank(domainCode)), ct), withUnitColumn: false, ct))
            .WithSummary("下载单位现行目录（Excel）")
            .WithDescription("按标准目录模板下载某单位现行发布的目录：domainCode 指定领域，不填则每个已发布领域一个工作表。尚未发布时返回 404。")
            .Produces(StatusCodes.Status200OK, contentType: CatalogueWorkbookWriter.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static string? Blank(string? domainCode) => string.IsNullOrWhiteSpace(domainCode) ? null : domainCode.Trim();

    // The workbook goes to a temp file rather than memory: a county-wide export runs to tens of thousands of rows.
    // The rows are read from the database while it is written (the request's scope is still open here).
    private static async Task<IResult> ToFileAsync(Result<CatalogueExport> result, bool withUnitColumn, CancellationToken ct)
    {
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem();
        }

        var file = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        try
        {
            await CatalogueWorkbookWriter.WriteAsync(file, result.Value.Sheets, withUnitColumn, ct);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }

        file.Position = 0;
        return TypedResults.File(file, CatalogueWorkbookWriter.ContentType, result.Value.FileName);
    }
}
