using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Organization.Domain.Units;

/// <summary>
/// A unit of the county: the county government (the root), a county department, a township or a
/// subdistrict. Units are never deleted — publications, requests and reports keep pointing at them —
/// only deactivated.
/// </summary>
public sealed class Unit : AggregateRoot<Guid>
{
    private Unit()
    {
    }

    public string Name { get; private set; } = "";

    public string ShortName { get; private set; } = "";

    public UnitType Type { get; private set; }

    public Guid? ParentId { get; private set; }

    public string? CreditCode { get; private set; }

    public ContactInfo Contact { get; private set; } = ContactInfo.Empty;

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The root of the hierarchy, created once on first start.</summary>
    public static Unit CreateCountyGovernment(Guid id, string name, DateTimeOffset now)
    {
        var unit = new Unit { Id = id, IsActive = true, CreatedAt = now };
        unit.Apply(new UnitDetails(name, null, UnitType.CountyGovernment, null, null, 0), null, now);
        unit.Raise(new UnitCreated(unit.Id, now));
        return unit;
    }

    public static Result<Unit> Create(Guid id, UnitDetails details, Unit? parent, DateTimeOffset now)
    {
        var check = CheckPlacement(details.Type, parent);
        if (check is not null)
        {
            return check;
        }

        var unit = new Unit { Id = id, IsActive = true, CreatedAt = now };
        unit.Apply(details, parent?.Id, now);
        unit.Raise(new UnitCreated(unit.Id, now));
        return unit;
    }

    /// <param name="ancestorsOfParent">The new parent's chain up to the root, so a unit is never placed under itself.</param>
    public Result Update(UnitDetails details, Unit? parent, IReadOnlyCollection<Guid> ancestorsOfParent, DateTimeOffset now)
    {
        if (Type == UnitType.CountyGovernment && details.Type != UnitType.CountyGovernment)
        {
            return Error.Field("unit.root_type_fixed", "type", "县人民政府的单位类型不能修改");
        }

        if (details.Type == UnitType.CountyGovernment && Type != UnitType.CountyGovernment)
        {
            return Error.Field("unit.root_exists", "type", "县人民政府只有一个，不能再新增");
        }

        // Placement rules apply to a move; an inactive unit under an inactive parent may still fix its contact details.
        var moved = parent?.Id != ParentId;
        if (moved && (Type != UnitType.CountyGovernment || parent is not null))
        {
            var check = CheckPlacement(details.Type, parent);
            if (check is not null)
            {
                return check;
            }
        }

        if (parent is not null && (parent.Id == Id || ancestorsOfParent.Contains(Id)))
        {
            return Error.Field("unit.parent_cycle", "parentId", "上级单位不能是本单位或其下级单位");
        }

        Apply(details, parent?.Id, now);
        Raise(new UnitUpdated(Id, now));
        return Result.Success();
    }

    /// <param name="parentIsActive">Whether the parent is active: a unit is never active under an inactive parent.</param>
    public Result SetActive(bool active, bool hasActiveChildren, bool parentIsActive, DateTimeOffset now)
    {
        if (IsActive == active)
        {
            return Result.Success();
        }

        if (active && !parentIsActive)
        {
            return Error.Conflict("unit.parent_inactive", "上级单位已停用，请先启用上级单位");
        }

        if (!active && Type == UnitType.CountyGovernment)
        {
            return Error.Conflict("unit.root_cannot_deactivate", "县人民政府不能停用");
        }

        if (!active && hasActiveChildren)
        {
            return Error.Conflict("unit.has_active_children", "该单位还有启用中的下级单位，请先停用下级单位");
        }

        IsActive = active;
        UpdatedAt = now;
        Raise(new UnitActivationChanged(Id, active, now));
        return Result.Success();
    }

    private void Apply(UnitDetails details, Guid? parentId, DateTimeOffset now)
    {
        Name = details.Name.Trim();
        ShortName = string.IsNullOrWhiteSpace(details.ShortName) ? Name : details.ShortName.Trim();
        Type = details.Type;
        ParentId = parentId;
        CreditCode = string.IsNullOrWhiteSpace(details.CreditCode) ? null : details.CreditCode.Trim().ToUpperInvariant();
        Contact = details.Contact ?? ContactInfo.Empty;
        SortOrder = details.SortOrder;
        UpdatedAt = now;
    }

    private static Error? CheckPlacement(UnitType type, Unit? parent)
    {
        if (type == UnitType.CountyGovernment)
        {
            return Error.Field("unit.root_exists", "type", "县人民政府只有一个，不能再新增");
        }

        if (parent is null)
        {
            return Error.Field("unit.parent_required", "parentId", "必须指定上级单位");
        }

        if (!parent.IsActive)
        {
            return Error.Field("unit.parent_inactive", "parentId", "上级单位已停用");
        }

        return null;
    }
}

/// <summary>The editable facts of a unit, as one value so create and update validate the same way.</summary>
public sealed record UnitDetails(string Name, string? ShortName, UnitType Type, string? CreditCode, ContactInfo? Contact, int SortOrder);

public sealed record UnitCreated(Guid UnitId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record UnitUpdated(Guid UnitId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record UnitActivationChanged(Guid UnitId, bool IsActive, DateTimeOffset OccurredAt) : IDomainEvent;
