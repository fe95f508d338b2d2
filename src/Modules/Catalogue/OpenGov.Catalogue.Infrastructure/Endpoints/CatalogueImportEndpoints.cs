using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Catalogue.Application.Catalogues;
using Errors = OpenGov.Catalogue.Application.Catalogues.CatalogueImportErrors;

namespace OpenGov.Catalogue.Infrastructure.Endpoints;

/// <summary>导入目录事项（Excel，multipart/form-data）</summary>
/// <param name="File">按标准目录模板填写的 .xlsx 文件：即“导出单位目录”按领域导出的文件（第 1 行标题，第 2、3 行表头，第 4 行起每行一个事项），不超过 8 MB</param>
/// <param name="Version">读取时的版本号</param>
/// <param name="ChangeReason">调整原因（第 2 版起可在此修改），不超过 500 字</param>
public sealed record ImportItemsForm(IFormFile File, int? Version, string? ChangeReason);

internal static class CatalogueImportEndpoints
{
    /// <summary>
    /// Far above a real catalogue (10,000 items compress to a few MB) and checked before the zip is opened, so a
    /// crafted file cannot make the reader inflate much.
    /// </summary>
    public const long MaxFileBytes = 8 * 1024 * 1024;

    public static void MapCatalogueImportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/catalogue/units/{unitId:guid}/catalogues/{domainCode}/draft/import", ImportAsync)
            .WithTags("公开目录：单位目录")
            .RequireAuthorization()
            .WithSummary("从 Excel 导入目录事项")
            .WithDescription("""
                本单位的编辑或单位管理员上传按标准目录模板填写的 .xlsx 文件（表单字段 file），整体替换草稿（或被退回版本）的全部事项，文件中的行序即序号；同时提交 version（读取时的版本号），可选 changeReason（调整原因）。
                文件格式与“导出单位目录”按领域导出的文件相同：读取第一个工作表，第 1 行标题，第 2、3 行表头，第 4 行起每行一个事项；全社会、特定群体、主动、依申请、县级、乡级各列填“√”或留空，特定群体写作“√（群体名称）”；公开渠道和载体用“、”分隔，其他渠道写作“其他：渠道名称”；序号列不读取。
                二级事项与当前版本中已有事项相同的，沿用原事项编号。
                逐行检查全部事项，有任何错误时一个事项也不导入，返回 400，errors 中逐条列出，键为“rows[Excel 行号].列名”，如 rows[12].二级事项；文件本身的问题键为 file（或 headers[单元格]、cells[合并区域]）。
                错误码：catalogue.import.not_xlsx 不是 xlsx 文件；catalogue.import.wrong_headers 表头不符；catalogue.import.merged_cells 事项行有合并单元格；catalogue.import.too_many_rows 事项行达到 10000 行或以上（最多 9999 行）；catalogue.import.empty 没有事项；catalogue.import.too_large 文件超过 8 MB；catalogue.import.file_required 未上传文件；catalogue.import.invalid_rows 事项内容有误。
                """)
            .Accepts<ImportItemsForm>("multipart/form-data")
            .Produces<CatalogueDto>()
            .ProducesStandardProblems()
            .DisableAntiforgery();
    }

    private static async Task<IResult> ImportAsync(Guid unitId, string domainCode, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
        {
            return Errors.File(Errors.FileRequired, "请以 multipart/form-data 上传 Excel 文件（表单字段 file）").ToProblem();
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (InvalidDataException)
        {
            // Malformed multipart sections or exceeded form limits: the client's request, not our fault.
            return Errors.File(Errors.FileRequired, "上传的表单格式有误，请以 multipart/form-data 上传 Excel 文件（表单字段 file）").ToProblem();
        }

        var file = form.Files.GetFile("file");
        if (file is { Length: > MaxFileBytes })
        {
            return Errors.File(Errors.TooLarge, $"文件超过 {MaxFileBytes / 1024 / 1024} MB，请确认上传的是单个领域的目录").ToProblem();
        }

        await using var workbook = file is null ? null : await SeekableAsync(file, ct);
        var version = int.TryParse(form["version"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (int?)null;
        var reason = string.IsNullOrEmpty(form["changeReason"]) ? null : form["changeReason"].ToString();
        return await mediator.SendThenGet(
            new ImportCatalogueItemsCommand(unitId, domainCode, workbook, reason, version), _ => new GetCatalogueQuery(unitId, domainCode), ct);
    }

    /// <summary>The zip reader needs to seek; a buffered form file usually can, anything else is copied (size already capped).</summary>
    private static async Task<Stream> SeekableAsync(IFormFile file, CancellationToken ct)
    {
        var stream = file.OpenReadStream();
        if (stream.CanSeek)
        {
            return stream;
        }

        var copy = new MemoryStream();
        await using (stream)
        {
            await stream.CopyToAsync(copy, ct);
        }

        copy.Position = 0;
        return copy;
    }
}
