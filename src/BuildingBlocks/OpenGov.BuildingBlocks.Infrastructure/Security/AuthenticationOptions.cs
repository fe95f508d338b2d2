namespace OpenGov.BuildingBlocks.Infrastructure.Security;

public sealed class OpenGovAuthenticationOptions
{
    public const string Section = "Authentication";

    /// <summary>When set, tokens from this external issuer (OpenID Connect authority) are trusted instead of the host's own.</summary>
    public string? Authority { get; set; }

    /// <summary>Audience expected in tokens; also the audience of tokens the host issues.</summary>
    public string Audience { get; set; } = "opengov";

    public string Issuer { get; set; } = "opengov";

    /// <summary>Base64 HMAC-SHA256 key (at least 32 bytes). Without it a development key is generated under data/.</summary>
    public string? SigningKey { get; set; }

    public string SigningKeyFile { get; set; } = "data/jwt-signing.key";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
