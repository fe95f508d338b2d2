using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Publication.Application.Normative;
using OpenGov.Publication.Application.Records;

namespace OpenGov.Publication.Infrastructure.Endpoints;

internal static class NormativeEndpoints
{
    public static void MapNormativeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/publication/records/{id:guid}/normative-status", (Guid id, [FromBody] NormativeStatusRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(
                    new ChangeNormativeStatusCommand(id, body.Status, body.EffectiveOn, body.Note, body.ReplacedByRecordId, body.Version),
                    x => new GetRecordQuery(x), ct))
            .RequireAuthorization()
            .WithTags("政府信息：起草、审查与发布")
            .WithSummary("标注规范性文件的修改、废止、失效")
            .WithDescription("单位管理员或领导对本单位已发布的规章、行政规范性文件标注效力状态（PUB-12 立改废）：Amended 已修改、Repealed 已废止、Expired 已失效，写明生效日期和说明，修改、废止时可指明修改或废止它的本单位文件。标注立即显示在公开的原文上。非规范性文件、未发布、已废止或已失效的返回 409。有效期届满的文件自动显示为已失效，无需标注。")
            .Produces<RecordDto>()
            .ProducesStandardProblems();

        app.MapGet("/api/public/publication/normative-documents", async ([AsParameters] ListNormativeDocumentsQuery query, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(query, ct)).ToOk())
            .AllowAnonymous()
            .WithTags("公开：政府信息")
            .WithSummary("规范性文件统一发布目录")
            .WithDescription("全县已发布的规章和行政规范性文件（PUB-12）：文号、标题、制定机关、成文日期、施行日期、有效期、效力状态及其日期。status 默认 Valid（现行有效），也可查 Amended 已修改、Repealed 已废止、Expired 已失效（含有效期届满的）；unitId 制定机关；q 标题或文号；page、pageSize 分页。")
            .Produces<PagedList<NormativeDocumentDto>>()
            .ProducesValidationProblem();
    }
}
