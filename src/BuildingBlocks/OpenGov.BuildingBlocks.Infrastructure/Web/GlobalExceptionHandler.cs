using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Turns what escapes an endpoint into problem details: unreadable or oversized input is the
/// client's (400/413), a lost concurrency race is a 409, a calendar rule a 400, anything else a bug (500).
/// </summary>
internal sealed class GlobalExceptionHandler(IProblemDetailsService problems, ILogger<GlobalExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: 413 } => (413, "request.too_large", "请求内容超过允许的大小"),
            BadHttpRequestException bad when bad.InnerException is JsonException json => (400, "request.malformed", Describe(json)),
            BadHttpRequestException bad => (bad.StatusCode, "request.malformed", Describe(bad)),
            JsonException json => (400, "request.malformed", Describe(json)),
            DomainException domain => (400, domain.Code, domain.Message),
            DbUpdateConcurrencyException => (409, "concurrency.stale", "数据已被他人修改，请刷新后重试"),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "request.aborted", "请求已取消"),
            _ => (500, "server.error", "服务器内部错误，请联系管理员并提供 traceId"),
        };

        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = ProblemResults.TitleOf(status),
                Type = ProblemResults.TypeOf(code),
                Detail = detail,
                Extensions = { ["code"] = code },
            },
        });
    }

    // Framework binding messages are English and name C# types; the caller gets the parameter and a Chinese sentence.
    private static string Describe(BadHttpRequestException bad)
    {
        var message = bad.Message;
        if (message.Contains("was not provided from body", StringComparison.Ordinal) || message.Contains("Implicit body inferred", StringComparison.Ordinal))
        {
            return "请求体不能为空，请以 JSON 提交";
        }

        var quoted = System.Text.RegularExpressions.Regex.Match(message, "parameter \"(?:[^\" ]+ )?([^\"]+)\"");
        var name = quoted.Success ? quoted.Groups[1].Value : null;
        if (message.Contains("Content-Type", StringComparison.OrdinalIgnoreCase))
        {
            return "请求的内容类型不正确，请以 application/json 提交";
        }

        return name is null ? "请求格式有误" : $"参数 {name} 缺失或格式不正确";
    }

    private static string Describe(JsonException json) =>
        json.Path is { Length: > 1 } path
            ? $"JSON 格式或字段类型有误（位置 {path}）"
            : "JSON 格式有误，无法解析";
}
