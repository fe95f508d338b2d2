using System.Net.Http.Headers;
using System.Text;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Organization.Application.Auth;

namespace OpenGov.Organization.Infrastructure.Endpoints;

internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/token", IssueToken)
            .WithTags("认证")
            .WithSummary("换取访问令牌（OAuth 2.0）")
            .WithDescription("""
                表单提交（application/x-www-form-urlencoded）。
                工作人员：grant_type=password、username、password。
                OA 系统：grant_type=client_credentials、client_id、client_secret（也可放在 HTTP Basic 认证头中），可选 scope（空格分隔）。
                返回 access_token、token_type（Bearer）、expires_in（秒）。连续输错密码会锁定账号。
                出错时返回问题详情，其中 error 为 OAuth 错误码（invalid_grant、invalid_client 等）。
                """)
            .Accepts<TokenForm>("application/x-www-form-urlencoded")
            .Produces<TokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .AllowAnonymous()
            .DisableAntiforgery();
    }

    private static async Task<IResult> IssueToken(HttpContext http, IMediator mediator, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
        {
            return OAuthProblem(Error.Validation($"oauth.{OAuthErrors.InvalidRequest}", "请以 application/x-www-form-urlencoded 表单提交"), OAuthErrors.InvalidRequest);
        }

        var form = await http.Request.ReadFormAsync(ct);
        var grantType = form["grant_type"].ToString();
        switch (grantType)
        {
            case "password":
                var userName = form["username"].ToString();
                var password = form["password"].ToString();
                if (userName.Length == 0 || password.Length == 0 || userName.Length > 100 || password.Length > 200)
                {
                    return OAuthProblem(Error.Validation($"oauth.{OAuthErrors.InvalidRequest}", "请填写登录名和密码"), OAuthErrors.InvalidRequest);
                }

                return Reply(await mediator.Send(new PasswordGrantCommand(userName, password), ct));

            case "client_credentials":
                var (clientId, secret) = ClientCredentials(http.Request, form);
                if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(secret) || clientId.Length > 100 || secret.Length > 200)
                {
                    return OAuthProblem(Error.Validation($"oauth.{OAuthErrors.InvalidRequest}", "请提供 client_id 和 client_secret"), OAuthErrors.InvalidRequest);
                }

                var scope = form["scope"].ToString();
                return Reply(await mediator.Send(new ClientCredentialsGrantCommand(clientId, secret, scope.Length > 500 ? scope[..500] : scope), ct));

            default:
                return OAuthProblem(
                    Error.Validation($"oauth.{OAuthErrors.UnsupportedGrantType}", "grant_type 只能是 password 或 client_credentials"),
                    OAuthErrors.UnsupportedGrantType);
        }
    }

    private static IResult Reply(Result<TokenResponse> result)
    {
        if (result.IsSuccess)
        {
            return TypedResults.Ok(result.Value);
        }

        var oauthError = result.Error.Code.StartsWith("oauth.", StringComparison.Ordinal) ? result.Error.Code["oauth.".Length..] : OAuthErrors.InvalidRequest;
        return OAuthProblem(result.Error, oauthError);
    }

    /// <summary>Problem details that also carry RFC 6749's error and error_description, so stock OAuth clients understand them.</summary>
    private static IResult OAuthProblem(Error error, string oauthError)
    {
        var status = error.Kind == ErrorKind.Unauthorized ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest;
        return TypedResults.Problem(error.Message, statusCode: status, title: ProblemResults.TitleOf(status), type: ProblemResults.TypeOf(error.Code),
            extensions: new Dictionary<string, object?> { ["code"] = error.Code, ["error"] = oauthError, ["error_description"] = error.Message });
    }

    private static (string? ClientId, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } parameter)
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
                var colon = decoded.IndexOf(':');
                if (colon > 0)
                {
                    return (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
                }
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        return (form["client_id"].ToString(), form["client_secret"].ToString());
    }
}

/// <summary>令牌请求表单</summary>
/// <param name="grant_type">password（工作人员）或 client_credentials（OA 系统）</param>
/// <param name="username">登录名（password 方式）</param>
/// <param name="password">密码（password 方式）</param>
/// <param name="client_id">客户端标识（client_credentials 方式）</param>
/// <param name="client_secret">客户端密钥（client_credentials 方式）</param>
/// <param name="scope">申请的权限范围，空格分隔（可选）</param>
#pragma warning disable IDE1006, SA1300 // OAuth field names are fixed by RFC 6749.
internal sealed record TokenForm(string grant_type, string? username, string? password, string? client_id, string? client_secret, string? scope);
#pragma warning restore IDE1006, SA1300
