using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Catalogue.Application.Catalogues;
using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Infrastructure.Endpoints;

/// <summary>新建目录或发起调整</summary>
/// <param name="ChangeReason">调整原因：已有发布的目录时必填（动态调整），不超过 500 字；首次编制不填</param>
public sealed record OpenDraftRequest(string? ChangeReason);

/// <summary>保存目录事项（整体替换）</summary>
/// <param name="Items">全部事项，顺序即序号；最多 9999 项</param>
/// <param name="ChangeReason">调整原因（第 2 版起可在此修改），不超过 500 字</param>
/// <param name="Version">读取时的版本号</param>
public sealed record SaveItemsRequest(IReadOnlyList<CatalogueItemInput>? Items, string? ChangeReason, int? Version);

/// <summary>办理目录（报送、撤回、审核通过、发布）</summary>
/// <param name="Version">读取时的版本号</param>
public sealed record CatalogueActionRequest(int? Version);

/// <summary>退回目录</summary>
/// <param name="Reason">退回理由（必填，不超过 500 字）</param>
/// <param name="Version">读取时的版本号</param>
public sealed record ReturnRequest(string? Reason, int? Version);

internal static class CatalogueEndpoints
{
    public static void MapCatalogueLifecycleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/catalogue").WithTags("公开目录：单位目录").RequireAuthorization();

        group.MapGet("/catalogues", async ([AsParameters] ListCataloguesQuery query, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(query, ct)).ToOk())
            .WithSummary("目录版本列表")
            .WithDescription("县政府办公室按单位（unitId）、领域（domainCode）、状态（status，如 Submitted 待审核）分页查看各单位的目录版本；其他人员只能看到本单位的。page 页码，pageSize 每页条数（最多 200）。")
            .Produces<PagedList<CatalogueSummaryDto>>()
            .ProducesStandardProblems();

        var catalogue = group.MapGroup("/units/{unitId:guid}/catalogues/{domainCode}");

        catalogue.MapGet("/", async (Guid unitId, string domainCode, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetCatalogueQuery(unitId, domainCode), ct)).ToOk())
            .WithSummary("单位目录（最新版本）")
            .WithDescription("某单位某领域目录的最新版本：有正在编制或审核中的版本时返回该版本，否则返回现行发布版本。只能查看本单位的（县级管理员可查看全部）。")
            .Produces<CatalogueDto>()
            .ProducesStandardProblems();

        catalogue.MapGet("/editions", async (Guid unitId, string domainCode, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListCatalogueEditionsQuery(unitId, domainCode), ct)).ToOk())
            .WithSummary("目录调整记录")
            .WithDescription("某单位某领域目录的全部版本，新版在前，含每次调整的原因。")
            .Produces<IReadOnlyList<CatalogueSummaryDto>>()
            .ProducesStandardProblems();

        catalogue.MapPost("/draft", (Guid unitId, string domainCode, [FromBody] OpenDraftRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new OpenCatalogueDraftCommand(unitId, domainCode, body.ChangeReason), _ => new GetCatalogueQuery(unitId, domainCode), ct,
                    c => TypedResults.Created($"/api/catalogue/units/{unitId}/catalogues/{domainCode}", c)))
            .WithSummary("新建目录草稿或发起调整")
            .WithDescription("本单位的编辑或单位管理员首次编制该领域目录（第 1 版），或在现行发布版本基础上发起动态调整（复制现行版本为新草稿，必须填写调整原因）。同一单位同一领域同时只能有一个未发布的版本。")
            .Produces<CatalogueDto>(StatusCodes.Status201Created)
            .ProducesStandardProblems();

        catalogue.MapPut("/draft/items", (Guid unitId, string domainCode, [FromBody] SaveItemsRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new SaveCatalogueItemsCommand(unitId, domainCode, body.Items, body.ChangeReason, body.Version),
                    _ => new GetCatalogueQuery(unitId, domainCode), ct))
            .WithSummary("保存目录事项")
            .WithDescription("整体替换草稿（或被退回版本）的全部事项，提交顺序即序号。二级事项在本目录内不得重复，重复时返回 400 并指出字段（如 items[3].secondLevel）。公开时限同时保存原文和解析出的规则，无法解析的原文保留并标记。")
            .Produces<CatalogueDto>()
            .ProducesStandardProblems();

        catalogue.MapPost("/draft/submit", (Guid unitId, string domainCode, [FromBody] CatalogueActionRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new SubmitCatalogueCommand(unitId, domainCode, body.Version), _ => new GetCatalogueQuery(unitId, domainCode), ct))
            .WithSummary("报送目录")
            .WithDescription("本单位将编制好的目录报送县政府办公室审核。报送后不能再修改，除非被退回。")
            .Produces<CatalogueDto>()
            .ProducesStandardProblems();

        catalogue.MapPost("/draft/withdraw", (Guid unitId, string domainCode, [FromBody] CatalogueActionRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new WithdrawCatalogueCommand(unitId, domainCode, body.Version), _ => new GetCatalogueQuery(unitId, domainCode), ct))
            .WithSummary("撤回已报送的目录")
            .WithDescription("本单位的编辑或单位管理员在县政府办公室审核前撤回已报送的目录，目录回到草稿状态，可修改后重新报送。已审核通过或已退回的目录不能撤回，返回 409。")
            .Produces<CatalogueDto>()
            .ProducesStandardProblems();

        catalogue.MapPost("/draft/approve", (Guid unitId, string domainCode, [FromBody] CatalogueActionRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new ApproveCatalogueCommand(unitId, domainCode, body.Version), _ => new GetCatalogueQuery(unitId, domainCode), ct))
            .WithSummary("审核通过目录")
            .WithDescription("县政府办公室（县级管理员）审核通过已报送的目录。已被他人审核通过或退回的目录返回 409。")
            .Produces<CatalogueDto>()
            .ProducesStandardProblems();

        catalogue.MapPost("/draft/return", (Guid unitId, string domainCode, [FromBody] ReturnRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new ReturnCatalogueCommand(unitId, domainCode, body.Reason, body.Version), _ => new GetCatalogueQuery(unitId, domainCode), ct))
            .WithSummary("退回目录")
            .WithDescription("县政府办公室（县级管理员）写明理由退回已报送的目录，单位修改后重新报送。已被他人审核通过或退回的目录返回 409。")
            .Produces<CatalogueDto>()
            .ProducesStandardProblems();

        catalogue.MapPost("/draft/publish", (Guid unitId, string domainCode, [FromBody] CatalogueActionRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new PublishCatalogueCommand(unitId, domainCode, body.Version), _ => new GetCatalogueQuery(unitId, domainCode), ct))
            .WithSummary("发布目录")
            .WithDescription("县政府办公室（县级管理员）发布审核通过的目录：成为现行版本，原现行版本转为历史版本保留。发布后不可修改，调整须发起新版本。")
            .Produces<CatalogueDto>()
            .ProducesStandardProblems();

        var open = app.MapGroup("/api/public/catalogue").WithTags("公开：公开目录").AllowAnonymous();

        open.MapGet("/units/{unitId:guid}/catalogues", async (Guid unitId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListPublishedCataloguesQuery(unitId), ct)).ToOk())
            .WithSummary("单位已发布目录的领域")
            .WithDescription("某单位已发布目录的各个领域（按领域顺序），含现行版本号和事项数，供公众逐级查阅。")
            .Produces<IReadOnlyList<PublishedDomainDto>>();

        open.MapGet("/units/{unitId:guid}/catalogues/{domainCode}", async (Guid unitId, string domainCode, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetPublishedCatalogueQuery(unitId, domainCode), ct)).ToOk())
            .WithSummary("单位现行目录")
            .WithDescription("某单位某领域现行发布的政务公开事项标准目录及其调整记录。尚未发布时返回 404。")
            .Produces<PublicCatalogueDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        open.MapGet("/items", async ([AsParameters] SearchPublishedItemsQuery query, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(query, ct)).ToOk())
            .WithSummary("检索目录事项")
            .WithDescription("在全县现行发布的目录中按事项名称检索：q 匹配一级或二级事项（不超过 100 字）；unitId 单位；domainCode 领域代码；page 页码，pageSize 每页条数（最多 200）。")
            .Produces<PagedList<PublicItemHitDto>>()
            .ProducesValidationProblem();
    }
}
