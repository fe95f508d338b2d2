namespace OpenGov.Publication.Domain.CatalogueItems;

/// <summary>
/// Publication's own copy of a published catalogue item, kept from Catalogue's integration events, so records can
/// be linked to items and use an item's stricter 公开时限 without reading Catalogue's tables.
/// </summary>
public sealed class LinkedCatalogueItem
{
    private LinkedCatalogueItem()
    {
    }

    public Guid ItemId { get; private set; }

    public Guid UnitId { get; private set; }

    public string DomainCode { get; private set; } = "";

    public int Edition { get; private set; }

    public string FirstLevel { get; private set; } = "";

    public string SecondLevel { get; private set; } = "";

    /// <summary>Whole working days allowed after the trigger, when the item's 公开时限 is a parsed working-day count.</summary>
    public int? WorkingDays { get; private set; }

    /// <summary>Calendar days (GEN-3), when the item counts in 日.</summary>
    public int? CalendarDays { get; private set; }

    public string DeadlineText { get; private set; } = "";

    public bool Retired { get; private set; }

    public static LinkedCatalogueItem Create(Guid itemId, Guid unitId) => new() { ItemId = itemId, UnitId = unitId };

    /// <summary>Events may arrive out of order; an older edition never overwrites a newer one.</summary>
    public bool Apply(string domainCode, int edition, string firstLevel, string secondLevel, string deadlineText, int? workingDays, int? calendarDays)
    {
        if (edition < Edition)
        {
            return false;
        }

        DomainCode = domainCode;
        Edition = edition;
        FirstLevel = firstLevel;
        SecondLevel = secondLevel;
        DeadlineText = deadlineText;
        WorkingDays = workingDays;
        CalendarDays = calendarDays;
        Retired = false;
        return true;
    }

    public void Retire(int edition)
    {
        if (edition >= Edition)
        {
            Edition = edition;
            Retired = true;
        }
    }
}
