using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Catalogue.Domain.NegativeList;

public enum NegativeListItemStatus
{
    /// <summary>Withheld: on the unit's 负面清单.</summary>
    Active = 1,

    /// <summary>Taken off the list by an annual review: from then on disclosed in principle (CAT-11).</summary>
    Released = 2,
}

/// <summary>
/// One entry of a unit's 负面清单 (CAT-11): information that will not be disclosed, specific enough to check,
/// with its legal basis. Never deleted — a review releases it, and the record of why it was withheld stays.
/// </summary>
public sealed class NegativeListItem : AggregateRoot<Guid>
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 2000;

    private NegativeListItem()
    {
    }

    public Guid UnitId { get; private set; }

    /// <summary>The disclosure domain it belongs to, when it belongs to one.</summary>
    public string? DomainCode { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>What exactly is withheld and why disclosure could do harm.</summary>
    public string Description { get; private set; } = "";

    public string LegalBasis { get; private set; } = "";

    public NegativeListItemStatus Status { get; private set; }

    public int? ReleasedInReviewYear { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static NegativeListItem Create(Guid id, Guid unitId, string? domainCode, string name, string description, string legalBasis, DateTimeOffset now)
    {
        var item = new NegativeListItem { Id = id, UnitId = unitId, Status = NegativeListItemStatus.Active, CreatedAt = now };
        item.Apply(domainCode, name, description, legalBasis, now);
        return item;
    }

    public Result Update(string? domainCode, string name, string description, string legalBasis, DateTimeOffset now)
    {
        if (Status != NegativeListItemStatus.Active)
        {
            return Error.Conflict("negative_list.released", "该事项已在年度评估中移出负面清单，不能再修改");
        }

        Apply(domainCode, name, description, legalBasis, now);
        return Result.Success();
    }

    internal void Release(int reviewYear, DateTimeOffset now)
    {
        Status = NegativeListItemStatus.Released;
        ReleasedInReviewYear = reviewYear;
        UpdatedAt = now;
    }

    private void Apply(string? domainCode, string name, string description, string legalBasis, DateTimeOffset now)
    {
        DomainCode = string.IsNullOrWhiteSpace(domainCode) ? null : domainCode.Trim();
        Name = name.Trim();
        Description = description.Trim();
        LegalBasis = legalBasis.Trim();
        UpdatedAt = now;
    }
}
