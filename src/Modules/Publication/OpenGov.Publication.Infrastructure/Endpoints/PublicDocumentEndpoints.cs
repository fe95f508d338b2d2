using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Publication.Application.Public;

namespace OpenGov.Publication.Infrastructure.Endpoints;

internal static class PublicDocumentEndpoints
{
    public static void MapPublicDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/public/publication").WithTags("公开：政府信息").AllowAnonymous();

        open.MapGet("/documents", async ([AsParameters] SearchPublicDocumentsQuery query, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(query, ct)).ToOk())
            .WithSummary("检索政府信息")
            .WithDescription("政府信息公开平台（PUB-9）：q 在标题、文号、索引号和正文中检索（不超过 100 字）；unitId 发布机构；year 成文年份；subjectCategory 主题分类；fiveDisclosure 五公开分类；kind 文件种类；catalogueItemId 公开目录事项；page、pageSize 分页；结果多于 500 条时 total 为 500、totalIsLowerBound 为 true。只包含已发布的主动公开信息，依申请公开和不公开的信息从不出现。")
            .Produces<PublicSearchPage>()
            .ProducesValidationProblem();

        open.MapGet("/documents/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetPublicDocumentQuery(id), ct)).ToOk())
            .WithSummary("政府信息详情")
            .WithDescription("已发布的主动公开信息的现行版本及更正记录；删减后公开的信息只显示删减后的正文。未发布、已撤回或不主动公开的返回 404。")
            .Produces<PublicDocumentDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
