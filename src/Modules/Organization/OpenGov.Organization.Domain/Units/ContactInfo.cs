namespace OpenGov.Organization.Domain.Units;

/// <summary>The unit's disclosure contact as printed on its reports and reply letters.</summary>
public sealed record ContactInfo(string? Person, string? Phone, string? Address, string? Email, string? PostalCode)
{
    public static readonly ContactInfo Empty = new(null, null, null, null, null);
}
