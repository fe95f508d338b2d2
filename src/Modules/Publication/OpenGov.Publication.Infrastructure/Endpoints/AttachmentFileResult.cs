using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using OpenGov.Publication.Application.Attachments;

namespace OpenGov.Publication.Infrastructure.Endpoints;

/// <summary>
/// An attachment as a download: our checked content type, the name in Content-Disposition (ASCII fallback plus the
/// UTF-8 <c>filename*</c> of RFC 5987), and the quoted SHA-256 as a strong ETag, so If-None-Match answers 304.
/// </summary>
internal sealed class AttachmentFileResult(AttachmentFile file, bool isPublic) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        // Never let a browser guess a type other than the one the content was checked against.
        httpContext.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        httpContext.Response.Headers.CacheControl = isPublic ? "public, no-cache" : "private, no-cache";
        var inner = TypedResults.File(
            file.Content, file.ContentType, file.FileName, file.UploadedAt, new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);
        return inner.ExecuteAsync(httpContext);
    }
}
