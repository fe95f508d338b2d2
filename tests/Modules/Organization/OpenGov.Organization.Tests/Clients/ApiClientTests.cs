using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Domain.Clients;

namespace OpenGov.Organization.Tests.Clients;

public sealed class ApiClientTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Now.AddDays(1);

    private static ApiClient NewClient(params string[] scopes) =>
        ApiClient.Create(Guid.NewGuid(), "oa-0123456789abcdef", " 县教育局OA ", Guid.NewGuid(), scopes.Length == 0 ? ["publication.read"] : scopes, "secret-hash-1", Now);

    [Fact]
    public void New_client_is_not_revoked_and_keeps_its_secret_date()
    {
        var client = NewClient();

        Assert.False(client.IsRevoked);
        Assert.Null(client.RevokedAt);
        Assert.Equal("县教育局OA", client.Name);
        Assert.Equal(Now, client.CreatedAt);
        Assert.Equal(Now, client.SecretCreatedAt);
        Assert.Equal("secret-hash-1", client.SecretHash);
    }

    [Fact]
    public void Scopes_are_deduplicated_and_ordered_on_create()
    {
        var client = NewClient("requests.write", "publication.write", "requests.write", "catalogue.read");

        Assert.Equal(["catalogue.read", "publication.write", "requests.write"], client.Scopes);
    }

    [Fact]
    public void Scopes_are_deduplicated_and_ordered_on_update()
    {
        var client = NewClient();

        var result = client.Update(" 新名称 ", ["publication.write", "publication.read", "publication.write"]);

        Assert.True(result.IsSuccess);
        Assert.Equal("新名称", client.Name);
        Assert.Equal(["publication.read", "publication.write"], client.Scopes);
    }

    [Fact]
    public void Rotating_the_secret_replaces_hash_and_date()
    {
        var client = NewClient();

        var result = client.RotateSecret("secret-hash-2", Later);

        Assert.True(result.IsSuccess);
        Assert.Equal("secret-hash-2", client.SecretHash);
        Assert.Equal(Later, client.SecretCreatedAt);
    }

    [Fact]
    public void Given_revoked_client_When_revoking_again_Then_conflict_and_first_date_kept()
    {
        var client = NewClient();
        Assert.True(client.Revoke(Now).IsSuccess);

        var result = client.Revoke(Later);

        AssertRevokedConflict(result);
        Assert.Equal(Now, client.RevokedAt);
    }

    [Fact]
    public void Given_revoked_client_When_rotating_secret_Then_conflict_and_secret_kept()
    {
        var client = NewClient();
        client.Revoke(Now);

        var result = client.RotateSecret("secret-hash-2", Later);

        AssertRevokedConflict(result);
        Assert.Equal("secret-hash-1", client.SecretHash);
        Assert.Equal(Now, client.SecretCreatedAt);
    }

    [Fact]
    public void Given_revoked_client_When_updating_Then_conflict_and_fields_kept()
    {
        var client = NewClient("publication.read");
        client.Revoke(Now);

        var result = client.Update("新名称", ["reporting.write"]);

        AssertRevokedConflict(result);
        Assert.Equal("县教育局OA", client.Name);
        Assert.Equal(["publication.read"], client.Scopes);
    }

    [Fact]
    public void Recording_use_sets_LastUsedAt()
    {
        var client = NewClient();

        client.RecordUse(Later);

        Assert.Equal(Later, client.LastUsedAt);
    }

    private static void AssertRevokedConflict(Result result)
    {
        Assert.False(result.IsSuccess);
        Assert.Equal("api_client.revoked", result.Error.Code);
        Assert.Equal(ErrorKind.Conflict, result.Error.Kind);
    }
}
