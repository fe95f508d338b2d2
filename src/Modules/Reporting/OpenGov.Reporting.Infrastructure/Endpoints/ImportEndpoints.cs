using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Organization.Contracts;
using OpenGov.Reporting.Application.Enforcement;
using OpenGov.Reporting.Application.Reports;
using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Infrastructure.Import;

namespace OpenGov.Reporting.Infrastructure.Endpoints;

/// <summary>导入往年报告（multipart/form-data）</summary>
/// <param name="File">.json（本系统 JSON 格式的 content）或 .xlsx（官方表格格式，可含 2019 年旧格式和常见标签变体）</param>
/// <param name="UnitId">单位编号</param>
/// <param name="Year">报告年度</param>
/// <param name="Kind">Unit 单位报告（默认）或 County 县人民政府报告</param>
public sealed record ImportReportForm(IFormFile File, Guid UnitId, int Year, ReportKind? Kind);

/// <summary>上传执法数据（multipart/form-data）</summary>
/// <param name="File">.xlsx：表头为“单位编号”或“单位名称”、“年度”、“行政许可”、“行政处罚”、“行政强制”、“行政事业性收费（元）”，每行一个单位一个年度</param>
public sealed record EnforcementUploadForm(IFormFile File);

internal static class ImportEndpoints
{
    /// <summary>Past reports and enforcement sheets are a few hundred KB; checked before any zip is opened.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    public static void MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/reporting/annual-reports/import", ImportReportAsync)
            .RequireAuthorization()
            .WithTags(ReportEndpoints.Tag)
            .WithSummary("导入往年已发布的报告")
            .WithDescription("上传 OpenGov 之前发布的报告（JSON 或官方表格格式的 xlsx，识别 2019 年旧格式和常见标签写法差异），按同样的规则校验，作为已发布报告保存（不通过的规则照实标出，不作修改），供下一年度核对上年结转（V-S1）。文件有误返回 400，errors 逐条列出位置；该单位该年度已有报告返回 409。")
            .Accepts<ImportReportForm>("multipart/form-data")
            .Produces<ReportDto>(StatusCodes.Status201Created)
            .ProducesStandardProblems()
            .DisableAntiforgery();

        app.MapPost("/api/reporting/enforcement-figures/import", ImportEnforcementAsync)
            .RequireAuthorization()
            .WithTags(ReportEndpoints.Tag)
            .WithSummary("上传执法数据表格（表二）")
            .WithDescription("xlsx 第一个工作表：表头“单位编号”或“单位名称”、“年度”、“行政许可”、“行政处罚”、“行政强制”、“行政事业性收费（元）”，每行一个单位一个年度。逐行检查，有错误时一行也不写入，返回 400，errors 的键为“rows[Excel 行号].列名”。返回写入的行数。")
            .Accepts<EnforcementUploadForm>("multipart/form-data")
            .Produces<int>()
            .ProducesStandardProblems()
            .DisableAntiforgery();
    }

    private static async Task<IResult> ImportReportAsync(HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var form = await ReadFormAsync(http, ct);
        if (!form.IsSuccess)
        {
            return form.Error.ToProblem();
        }

        var (file, fields) = form.Value;
        if (!Guid.TryParse(fields["unitId"], out var unitId))
        {
            return Error.Field("reporting.unit_required", "unitId", "请填写单位编号").ToProblem();
        }

        int? year = int.TryParse(fields["year"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : null;
        ReportKind? kind = Enum.TryParse<ReportKind>(fields["kind"], true, out var k) && Enum.IsDefined(k) ? k : null;
        if (!string.IsNullOrEmpty(fields["kind"]) && kind is null)
        {
            return Error.Field("reporting.choice_unknown", "kind", "报告类型只能是 Unit 或 County").ToProblem();
        }

        await using var stream = file.OpenReadStream();
        var json = file.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || file.ContentType.Contains("json", StringComparison.OrdinalIgnoreCase);
        var imported = json ? ReportJsonImport.Read(stream) : ReportXlsxImport.Read(stream);
        if (imported.Content is null)
        {
            var errors = imported.Problems.GroupBy(p => p.Location).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
            return new Error("reporting.import.invalid", $"报告文件有 {imported.Problems.Count} 处问题，未导入", ErrorKind.Validation, errors).ToProblem();
        }

        return await mediator.SendThenGet(new ImportPastReportCommand(unitId, year, kind, imported.Content), id => new GetReportQuery(id), ct,
            r => TypedResults.Created($"/api/reporting/annual-reports/{r.Id}", r));
    }

    private static async Task<IResult> ImportEnforcementAsync(HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var form = await ReadFormAsync(http, ct);
        if (!form.IsSuccess)
        {
            return form.Error.ToProblem();
        }

        await using var stream = form.Value.File.OpenReadStream();
        var (rows, errors) = EnforcementWorkbook.Read(stream);
        var problems = new Dictionary<string, string[]>(errors);
        var names = rows.Where(r => r.UnitId is null && r.UnitName is not null).Select(r => r.UnitName!).Distinct().ToList();
        var byName = new Dictionary<string, Guid>();
        if (names.Count > 0)
        {
            var units = await mediator.Send(new GetUnitSummariesQuery(), ct);
            if (units.IsSuccess)
            {
                byName = units.Value.GroupBy(u => u.Name).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Id);
            }

            foreach (var row in rows.Where(r => r.UnitId is null && r.UnitName is not null && !byName.ContainsKey(r.UnitName)))
            {
                problems[$"rows[{row.ExcelRow}].{EnforcementWorkbook.UnitNameColumn}"] = [$"没有名为“{row.UnitName}”的单位（或重名），请改填单位编号"];
            }
        }

        if (problems.Count > 0)
        {
            return new Error("reporting.import.invalid", $"表格有 {problems.Count} 处问题，未写入任何数据", ErrorKind.Validation, problems).ToProblem();
        }

        var inputs = rows.Select(r => new EnforcementFiguresInput(r.UnitId ?? byName[r.UnitName!], r.Year, r.Licensing, r.Penalties, r.Compulsions, r.FeesYuan)).ToList();
        return (await mediator.Send(new SetEnforcementFiguresCommand(inputs), ct)).ToOk();
    }

    private static async Task<Result<(IFormFile File, IFormCollection Fields)>> ReadFormAsync(HttpContext http, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
        {
            return Error.Field("reporting.import.file_required", "file", "请以 multipart/form-data 上传文件（表单字段 file）");
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (InvalidDataException)
        {
            return Error.Field("reporting.import.file_required", "file", "上传的表单格式有误，请以 multipart/form-data 上传文件（表单字段 file）");
        }

        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return Error.Field("reporting.import.file_required", "file", "请上传文件（表单字段 file）");
        }

        if (file.Length > MaxFileBytes)
        {
            return Error.Field("reporting.import.too_large", "file", $"文件超过 {MaxFileBytes / 1024 / 1024} MB");
        }

        return (file, form);
    }
}
