using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using OpenGov.Organization.Application.Abstractions;

namespace OpenGov.Organization.Infrastructure.Security;

/// <summary>ASP.NET Core Identity's PBKDF2 hasher; old hashes are upgraded on the next good sign-in.</summary>
internal sealed class IdentityPasswordHasher : IPasswordHasher
{
    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object User = new();

    public string Hash(string password) => Hasher.HashPassword(User, password);

    public (bool Valid, string? Rehashed) Verify(string hash, string password) =>
        Hasher.VerifyHashedPassword(User, hash, password) switch
        {
            PasswordVerificationResult.Success => (true, null),
            PasswordVerificationResult.SuccessRehashNeeded => (true, Hash(password)),
            _ => (false, null),
        };
}

/// <summary>Client secrets are 256 random bits, so a salted SHA-256 is as strong as a slow hash and keeps token requests fast.</summary>
internal sealed class Sha256SecretHasher : ISecretHasher
{
    public string Hash(string secret)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return $"sha256:{Convert.ToBase64String(salt)}:{Convert.ToBase64String(Digest(salt, secret))}";
    }

    public bool Verify(string hash, string secret)
    {
        var parts = hash.Split(':');
        if (parts.Length != 3 || parts[0] != "sha256")
        {
            return false;
        }

        var expected = Convert.FromBase64String(parts[2]);
        return CryptographicOperations.FixedTimeEquals(expected, Digest(Convert.FromBase64String(parts[1]), secret));
    }

    private static byte[] Digest(byte[] salt, string secret) => SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(secret)]);
}
