using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace OpenGov.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// One body limit for every server: a declared oversized body is refused before anything reads it
/// (413 problem); a chunked body is capped by the server's own limit, set from the same value. A route that
/// takes files declares its own limit with <see cref="IRequestSizeLimitMetadata"/>.
/// </summary>
public static class RequestSizeLimit
{
    public static WebApplication UseOpenGovRequestSizeLimit(this WebApplication app, long defaultMaxBytes)
    {
        app.Use(async (context, next) =>
        {
            // Routing has run (WebApplication adds it first), so the route's own limit is known here.
            var maxBytes = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { MaxRequestBodySize: { } routeLimit }
                ? routeLimit
                : defaultMaxBytes;
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = maxBytes;
            }

            if (context.Request.ContentLength > maxBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = ProblemResults.TitleOf(413),
                        Type = ProblemResults.TypeOf("request.too_large"),
                        Detail = $"请求内容超过允许的大小（{maxBytes / 1024 / 1024} MB）",
                        Extensions = { ["code"] = "request.too_large" },
                    },
                });
                return;
            }

            await next();
        });
        return app;
    }
}
