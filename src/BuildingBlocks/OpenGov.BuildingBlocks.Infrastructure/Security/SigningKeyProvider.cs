using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace OpenGov.BuildingBlocks.Infrastructure.Security;

/// <summary>The host's token signing key: from configuration, or a generated development key kept under data/.</summary>
public sealed class SigningKeyProvider
{
    public SigningKeyProvider(IOptions<OpenGovAuthenticationOptions> options, ILogger<SigningKeyProvider> logger)
    {
        var settings = options.Value;
        byte[] key;
        if (!string.IsNullOrWhiteSpace(settings.SigningKey))
        {
            key = Convert.FromBase64String(settings.SigningKey);
        }
        else if (File.Exists(settings.SigningKeyFile))
        {
            key = Convert.FromBase64String(File.ReadAllText(settings.SigningKeyFile).Trim());
        }
        else
        {
            key = RandomNumberGenerator.GetBytes(64);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.SigningKeyFile))!);
            File.WriteAllText(settings.SigningKeyFile, Convert.ToBase64String(key));
            logger.LogWarning("No Authentication:SigningKey configured; generated a development key at {File}", settings.SigningKeyFile);
        }

        if (key.Length < 32)
        {
            throw new InvalidOperationException("Authentication:SigningKey 至少需要 32 字节（Base64 编码）");
        }

        Key = new SymmetricSecurityKey(key) { KeyId = Convert.ToHexString(SHA256.HashData(key))[..16] };
    }

    public SymmetricSecurityKey Key { get; }

    public SigningCredentials Credentials => new(Key, SecurityAlgorithms.HmacSha256);
}
