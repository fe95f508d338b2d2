namespace OpenGov.BuildingBlocks.Infrastructure.Security;

/// <summary>Claims in OpenGov tokens, issued by the host or by an external issuer that follows them.</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string UnitId = "unit_id";
    public const string ClientId = "client_id";
    public const string Scope = "scope";
}
