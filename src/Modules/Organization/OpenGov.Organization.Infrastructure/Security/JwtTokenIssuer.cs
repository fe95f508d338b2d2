using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenGov.BuildingBlocks.Infrastructure.Security;
using OpenGov.Organization.Application.Abstractions;

namespace OpenGov.Organization.Infrastructure.Security;

internal sealed class JwtTokenIssuer(SigningKeyProvider keys, IOptions<OpenGovAuthenticationOptions> options, TimeProvider clock) : ITokenIssuer
{
    private static readonly JsonWebTokenHandler Handler = new();

    public IssuedToken Issue(TokenSubject subject)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var claims = new Dictionary<string, object>
        {
            [ClaimNames.Subject] = subject.SubjectId.ToString(),
            [ClaimNames.Name] = subject.Name,
            [ClaimNames.UnitId] = subject.UnitId.ToString(),
            [ClaimNames.Role] = subject.Roles.ToArray(),
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
        };
        if (subject.ClientId is not null)
        {
            claims[ClaimNames.ClientId] = subject.ClientId;
        }

        if (subject.Scopes.Count > 0)
        {
            claims[ClaimNames.Scope] = string.Join(' ', subject.Scopes);
        }

        foreach (var (key, value) in subject.Extra ?? new Dictionary<string, string>())
        {
            claims[key] = value;
        }

        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + settings.AccessTokenLifetime).UtcDateTime,
            Claims = claims,
            SigningCredentials = keys.Credentials,
        });
        return new IssuedToken(token, (int)settings.AccessTokenLifetime.TotalSeconds);
    }
}
