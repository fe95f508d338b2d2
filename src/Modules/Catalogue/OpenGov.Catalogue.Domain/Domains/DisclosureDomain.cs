using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Catalogue.Domain.Domains;

/// <summary>
/// A disclosure domain (试点领域, CAT-1): the 26 pilot domains are seed data, further ones are added by the
/// county (CAT-9). Catalogues, publications and reports refer to a domain by its stable <see cref="Entity{TId}.Id"/>
/// code, so a domain is never deleted, only retired.
/// </summary>
public sealed class DisclosureDomain : AggregateRoot<string>
{
    public const int NameMaxLength = 50;

    private DisclosureDomain()
    {
    }

    public string Name { get; private set; } = "";

    public int SortOrder { get; private set; }

    /// <summary>One of the 26 national pilot domains, whose names are fixed verbatim (CAT-1).</summary>
    public bool IsPilot { get; private set; }

    public bool IsRetired { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>One of the 26 pilot domains (CAT-1); the migration seeds them, the seeder restores any that are missing.</summary>
    public static DisclosureDomain Pilot(string code, string name, int sortOrder, DateTimeOffset now) =>
        new() { Id = code, Name = name, SortOrder = sortOrder, IsPilot = true, UpdatedAt = now };

    /// <summary>A county-added domain (其他领域, CAT-9).</summary>
    public static DisclosureDomain Add(string code, string name, int sortOrder, DateTimeOffset now) =>
        new() { Id = code, Name = name.Trim(), SortOrder = sortOrder, UpdatedAt = now };

    public Result Rename(string name, int sortOrder, DateTimeOffset now)
    {
        if (IsPilot && name.Trim() != Name)
        {
            return Error.Field("domain.pilot_name_fixed", "name", "26 个试点领域的名称按国家标准固定，不能修改");
        }

        Name = name.Trim();
        SortOrder = sortOrder;
        UpdatedAt = now;
        return Result.Success();
    }

    public void SetRetired(bool retired, DateTimeOffset now)
    {
        IsRetired = retired;
        UpdatedAt = now;
    }
}
