using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Organization.Domain.Clients;

/// <summary>
/// An OA system that calls the API for one unit with OAuth client credentials. Only a hash of the
/// secret is kept; the secret itself is shown once, at creation or rotation.
/// </summary>
public sealed class ApiClient : AggregateRoot<Guid>
{
    private ApiClient()
    {
    }

    public string ClientId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public Guid UnitId { get; private set; }

    public List<string> Scopes { get; private set; } = [];

    public string SecretHash { get; private set; } = "";

    public DateTimeOffset SecretCreatedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static ApiClient Create(Guid id, string clientId, string name, Guid unitId, IEnumerable<string> scopes, string secretHash, DateTimeOffset now) =>
        new()
        {
            Id = id,
            ClientId = clientId,
            Name = name.Trim(),
            UnitId = unitId,
            Scopes = scopes.Distinct().Order().ToList(),
            SecretHash = secretHash,
            SecretCreatedAt = now,
            CreatedAt = now,
        };

    public Result Update(string name, IEnumerable<string> scopes)
    {
        if (IsRevoked)
        {
            return Error.Conflict("api_client.revoked", "该接口客户端已吊销，不能修改");
        }

        Name = name.Trim();
        Scopes = scopes.Distinct().Order().ToList();
        return Result.Success();
    }

    public Result RotateSecret(string secretHash, DateTimeOffset now)
    {
        if (IsRevoked)
        {
            return Error.Conflict("api_client.revoked", "该接口客户端已吊销，不能更换密钥");
        }

        SecretHash = secretHash;
        SecretCreatedAt = now;
        return Result.Success();
    }

    public Result Revoke(DateTimeOffset now)
    {
        if (IsRevoked)
        {
            return Error.Conflict("api_client.revoked", "该接口客户端已吊销");
        }

        RevokedAt = now;
        return Result.Success();
    }

    public void RecordUse(DateTimeOffset now) => LastUsedAt = now;
}
