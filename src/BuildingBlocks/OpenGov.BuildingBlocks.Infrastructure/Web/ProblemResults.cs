using Microsoft.AspNetCore.Http;
using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.BuildingBlocks.Infrastructure.Web;

/// <summary>The one place an expected failure becomes an RFC 9457 problem: status by kind, stable code, Chinese text.</summary>
public static class ProblemResults
{
    public static IResult ToProblem(this Error error)
    {
        var status = error.Kind switch
        {
            ErrorKind.Validation => StatusCodes.Status400BadRequest,
            ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.Fields is { Count: > 0 })
        {
            // Keep the kind's status: a conflict can list its causes too (a report failing V1–V8 is 409, not 400).
            var problem = new HttpValidationProblemDetails(error.Fields.ToDictionary(f => f.Key, f => f.Value))
            {
                Status = status,
                Detail = error.Message,
                Type = TypeOf(error.Code),
                Title = TitleOf(status),
            };
            foreach (var (key, value) in extensions)
            {
                problem.Extensions[key] = value;
            }

            return TypedResults.Problem(problem);
        }

        return TypedResults.Problem(error.Message, statusCode: status, title: TitleOf(status), type: TypeOf(error.Code), extensions: extensions);
    }

    public static IResult ToHttp(this Result result, Func<IResult> onSuccess) =>
        result.IsSuccess ? onSuccess() : result.Error.ToProblem();

    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : result.Error.ToProblem();

    public static IResult ToOk<T>(this Result<T> result) => result.ToHttp(v => TypedResults.Ok(v));

    public static IResult ToNoContent(this Result result) => result.ToHttp(TypedResults.NoContent);

    public static string TypeOf(string code) => $"urn:opengov:problem:{code}";

    public static string TitleOf(int status) => status switch
    {
        400 => "请求有误",
        401 => "未登录或登录已过期",
        403 => "无权进行此操作",
        404 => "未找到",
        405 => "不支持的请求方法",
        409 => "操作冲突",
        413 => "请求内容过大",
        415 => "不支持的内容类型",
        429 => "请求过于频繁",
        _ => "服务器内部错误",
    };
}
