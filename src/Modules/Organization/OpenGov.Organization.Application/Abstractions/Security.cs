namespace OpenGov.Organization.Application.Abstractions;

public interface IPasswordHasher
{
    string Hash(string password);

    /// <summary>Checks a password; <c>Rehashed</c> is set when the stored hash should be upgraded.</summary>
    (bool Valid, string? Rehashed) Verify(string hash, string password);
}

/// <summary>Hashes for high-entropy generated client secrets (a fast hash is right for them; passwords use <see cref="IPasswordHasher"/>).</summary>
public interface ISecretHasher
{
    string Hash(string secret);

    bool Verify(string hash, string secret);
}

public sealed record IssuedToken(string AccessToken, int ExpiresInSeconds);

public sealed record TokenSubject(
    Guid SubjectId, string Name, Guid UnitId, IReadOnlyCollection<string> Roles, string? ClientId,
    IReadOnlyCollection<string> Scopes, IReadOnlyDictionary<string, string>? Extra = null);

public interface ITokenIssuer
{
    IssuedToken Issue(TokenSubject subject);
}

