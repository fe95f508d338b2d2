using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace OpenGov.BuildingBlocks.Infrastructure.Web;

public static class WebRegistration
{
    /// <summary>Problem details for every error, with a trace id and the stable code of bare status responses.</summary>
    public static IServiceCollection AddOpenGovProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            if (!context.ProblemDetails.Extensions.ContainsKey("code"))
            {
                var code = status switch
                {
                    401 => "auth.required",
                    403 => "auth.forbidden",
                    404 => "not_found",
                    405 => "request.method_not_allowed",
                    413 => "request.too_large",
                    415 => "request.unsupported_media_type",
                    _ => status >= 500 ? "server.error" : "request.invalid",
                };
                context.ProblemDetails.Extensions["code"] = code;
                context.ProblemDetails.Type = ProblemResults.TypeOf(code);
                context.ProblemDetails.Title = ProblemResults.TitleOf(status);
                context.ProblemDetails.Detail ??= status switch
                {
                    401 => "请先登录或提供有效的访问令牌",
                    403 => "当前账号无权进行此操作",
                    404 => "请求的资源不存在",
                    415 => "请求的内容类型不受支持",
                    _ => null,
                };
            }
        });
        services.AddExceptionHandler<GlobalExceptionHandler>();
        return services;
    }

    public static WebApplication UseOpenGovProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
