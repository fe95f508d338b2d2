using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Application.Abstractions;

namespace OpenGov.Organization.Application.Auth;

/// <summary>OAuth 2.0 token response (RFC 6749 §5.1).</summary>
/// <param name="AccessToken">访问令牌（JWT），放在请求头 Authorization: Bearer 之后</param>
/// <param name="TokenType">令牌类型，固定为 Bearer</param>
/// <param name="ExpiresIn">有效期（秒）</param>
/// <param name="Scope">令牌包含的权限范围（接口客户端）</param>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("scope"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Scope);

/// <summary>OAuth error codes (RFC 6749 §5.2) travel in the problem details as <c>error</c>.</summary>
public static class OAuthErrors
{
    public const string InvalidRequest = "invalid_request";
    public const string InvalidGrant = "invalid_grant";
    public const string InvalidClient = "invalid_client";
    public const string InvalidScope = "invalid_scope";
    public const string UnsupportedGrantType = "unsupported_grant_type";

    public static Error Grant(string message) => Error.Validation($"oauth.{InvalidGrant}", message);
}

/// <summary>grant_type=password: a staff user signs in. Wrong passwords count toward a lockout even though the grant fails.</summary>
[AllowAnonymousRequest]
public sealed record PasswordGrantCommand(string UserName, string Password) : ICommand<TokenResponse>, IAuditable
{
    public string? AuditTargetId => UserName;
}

/// <summary>grant_type=client_credentials: an OA system signs in for its unit.</summary>
[AllowAnonymousRequest]
public sealed record ClientCredentialsGrantCommand(string ClientId, string ClientSecret, string? Scope) : ICommand<TokenResponse>, IAuditable
{
    public string? AuditTargetId => ClientId;
}

internal sealed class PasswordGrantHandler(
    IOrganizationDb db, IPasswordHasher hasher, ITokenIssuer issuer, IOptions<SignInOptions> options, TimeProvider clock)
    : ICommandHandler<PasswordGrantCommand, TokenResponse>
{
    public async Task<Result<TokenResponse>> Handle(PasswordGrantCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.UserName == command.UserName.Trim(), cancellationToken);
        if (user is null)
        {
            return OAuthErrors.Grant("登录名或密码不正确");
        }

        if (user.IsLockedOut(now))
        {
            return OAuthErrors.Grant($"密码错误次数过多，账号已锁定至 {user.LockedUntil!.Value.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}（北京时间）");
        }

        var (valid, rehashed) = hasher.Verify(user.PasswordHash, command.Password);
        if (!valid)
        {
            user.RecordFailedSignIn(now, options.Value.MaxFailedAttempts, options.Value.LockoutDuration);
            await db.SaveChangesAsync(cancellationToken);
            return OAuthErrors.Grant(user.IsLockedOut(now) ? "密码错误次数过多，账号已被锁定，请稍后再试或联系管理员解锁" : "登录名或密码不正确");
        }

        if (user.IsDisabled)
        {
            return OAuthErrors.Grant("账号已停用，请联系管理员");
        }

        if (!await db.Units.AnyAsync(u => u.Id == user.UnitId && u.IsActive, cancellationToken))
        {
            return OAuthErrors.Grant("所属单位已停用，请联系管理员");
        }

        user.RecordSignIn(now, rehashed);
        var token = issuer.Issue(new TokenSubject(
            user.Id, user.UserName, user.UnitId, user.Roles, null, [],
            new Dictionary<string, string> { ["display_name"] = user.DisplayName, ["must_change_password"] = user.MustChangePassword ? "true" : "false" }));
        return new TokenResponse(token.AccessToken, "Bearer", token.ExpiresInSeconds, null);
    }
}

internal sealed class ClientCredentialsGrantHandler(IOrganizationDb db, ISecretHasher hasher, ITokenIssuer issuer, TimeProvider clock)
    : ICommandHandler<ClientCredentialsGrantCommand, TokenResponse>
{
    public async Task<Result<TokenResponse>> Handle(ClientCredentialsGrantCommand command, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.FirstOrDefaultAsync(c => c.ClientId == command.ClientId, cancellationToken);
        if (client is null || client.IsRevoked || !hasher.Verify(client.SecretHash, command.ClientSecret))
        {
            return Error.Unauthorized($"oauth.{OAuthErrors.InvalidClient}", "客户端标识或密钥不正确，或客户端已吊销");
        }

        var requested = (command.Scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var unknown = requested.Where(s => !client.Scopes.Contains(s)).ToList();
        if (unknown.Count > 0)
        {
            return Error.Validation($"oauth.{OAuthErrors.InvalidScope}", $"客户端无权申请以下权限范围：{string.Join(" ", unknown)}");
        }

        var scopes = requested.Length > 0 ? requested.Distinct().ToList() : client.Scopes;
        if (!await db.Units.AnyAsync(u => u.Id == client.UnitId && u.IsActive, cancellationToken))
        {
            return Error.Unauthorized($"oauth.{OAuthErrors.InvalidClient}", "客户端所属单位已停用");
        }

        client.RecordUse(clock.GetUtcNow());
        var token = issuer.Issue(new TokenSubject(client.Id, client.Name, client.UnitId, [Roles.ApiClient], client.ClientId, scopes));
        return new TokenResponse(token.AccessToken, "Bearer", token.ExpiresInSeconds, string.Join(' ', scopes));
    }
}
