using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Publication.Application;
using OpenGov.Publication.Application.Attachments;
using OpenGov.Publication.Application.Records;

namespace OpenGov.Publication.Infrastructure.Endpoints;

internal static class AttachmentEndpoints
{
    /// <summary>Room for the multipart framing and the other form fields around a file of the largest allowed size.</summary>
    private const long FormOverheadBytes = 1024 * 1024;

    public static void MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        var maxFile = app.ServiceProvider.GetRequiredService<IOptions<PublicationOptions>>().Value.Attachments.MaxBytes;
        var attachments = app.MapGroup("/api/publication/records/{id:guid}/attachments").WithTags("政府信息：附件").RequireAuthorization();

        attachments.MapPost("/", async (Guid id, IFormFile? file, [FromForm] bool? isPublic, IMediator mediator, CancellationToken ct) =>
            {
                await using var content = file?.OpenReadStream();
                var sent = await mediator.Send(new UploadAttachmentCommand(id, file?.FileName, file?.Length ?? 0, content, isPublic), ct);
                if (!sent.IsSuccess)
                {
                    return sent.Error.ToProblem();
                }

                var read = await mediator.Send(new GetRecordQuery(id), ct);
                return read.ToHttp(r => TypedResults.Created(
                    $"/api/publication/records/{id}/attachments/{sent.Value}", r.Attachments.Single(a => a.Id == sent.Value)));
            })
            .WithMetadata(new AttachmentRequestSizeLimit(maxFile + FormOverheadBytes))
            .WithFormOptions(multipartBodyLengthLimit: maxFile + FormOverheadBytes)
            .DisableAntiforgery()
            .WithSummary("上传附件")
            .WithDescription($"以 multipart/form-data 上传草稿（含更正中的信息）的附件：字段 file 为文件，isPublic 可选。允许的类型：{Domain.Attachments.AttachmentFormats.AllowedList}，按扩展名和文件内容双重核验，内容与扩展名不符返回 400 publication.attachment_type_mismatch；可执行程序或脚本返回 400 publication.attachment_executable；超过大小上限（默认 50 MB）返回 400 publication.attachment_too_large。是否公开：此件公开发布的信息默认公开（isPublic=false 可不公开）；此件删减后公开的信息只有标明 isPublic=true 的附件（即删减版）公开；依申请公开和不公开的信息的附件从不公开。附件随下一次发布进入公开版本。")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<AttachmentDto>(StatusCodes.Status201Created)
            .ProducesStandardProblems();

        attachments.MapGet("/{attachmentId:guid}", async (Guid id, Guid attachmentId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetAttachmentFileQuery(id, attachmentId), ct)).ToHttp(f => new AttachmentFileResult(f, isPublic: false)))
            .WithSummary("下载附件（办理）")
            .WithDescription("本单位人员和县级管理员下载任一未删除的附件（含不公开的）。响应带 ETag（内容的 SHA-256），If-None-Match 相同时返回 304。其他单位的信息返回 404。")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesStandardProblems();

        attachments.MapDelete("/{attachmentId:guid}", (Guid id, Guid attachmentId, int? version, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new RemoveAttachmentCommand(id, attachmentId, version), x => new GetRecordQuery(x), ct))
            .WithSummary("删除附件")
            .WithDescription("删除草稿的附件（查询参数 version 为政府信息读取时的版本号）。已随某一版本发布的附件永不删除，返回 409；非草稿返回 409。删除后记录保留在审计中，返回政府信息详情。")
            .Produces<RecordDto>()
            .ProducesStandardProblems();

        var open = app.MapGroup("/api/public/publication").WithTags("公开：政府信息").AllowAnonymous();
        open.MapGet("/documents/{id:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetPublicAttachmentFileQuery(id, attachmentId), ct)).ToHttp(f => new AttachmentFileResult(f, isPublic: true)))
            .WithSummary("下载公开附件")
            .WithDescription("下载已发布的主动公开信息现行版本中公开的附件：Content-Type 为核验后的类型，Content-Disposition 带 UTF-8 文件名（RFC 5987），ETag 为内容的 SHA-256，If-None-Match 相同时返回 304。不公开的附件、未发布、已撤回或不主动公开的信息的附件一律返回 404。")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>Raises the host's body limit for this one route to the attachment limit (the host honours this metadata).</summary>
    private sealed class AttachmentRequestSizeLimit(long maxBytes) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize { get; } = maxBytes;
    }
}
