namespace OpenGov.Catalogue.Domain.Coverage;

/// <summary>
/// One catalogue item a record is (or was) linked to. Which events named the item is kept per item, so a correction
/// that drops an item, or an overdue draft linked to other items than the public revision, counts for the right items.
/// </summary>
public sealed class LinkedRecordItem
{
    private LinkedRecordItem()
    {
    }

    public Guid RecordId { get; private set; }

    /// <summary>The item's stable key (<c>CatalogueItem.ItemKey</c>), the same in every catalogue version.</summary>
    public Guid ItemId { get; private set; }

    /// <summary>The newest overdue finding that named this item.</summary>
    public DateTimeOffset? OverdueAt { get; private set; }

    /// <summary>The newest published revision that named this item; 0 while none.</summary>
    public int PublishedRevision { get; private set; }

    /// <summary>A publication naming this item missed its 公开时限; a later withdrawal does not undo that.</summary>
    public bool PublishedLate { get; private set; }

    /// <summary>Derived from the record after every event and stored, so the coverage query filters plain columns.</summary>
    public bool IsOverdue { get; private set; }

    /// <summary>Derived like <see cref="IsOverdue"/>: the record's current public revision names this item.</summary>
    public bool IsPublished { get; private set; }

    internal static LinkedRecordItem Create(Guid recordId, Guid itemId) => new() { RecordId = recordId, ItemId = itemId };

    internal void NoteOverdue(DateTimeOffset at)
    {
        if (OverdueAt is null || at > OverdueAt)
        {
            OverdueAt = at;
        }
    }

    internal void NotePublished(int revision, bool late)
    {
        PublishedRevision = Math.Max(PublishedRevision, revision);
        PublishedLate |= late;
    }

    internal void Refresh(LinkedRecord record)
    {
        IsOverdue = record.IsOverdue && OverdueAt == record.OverdueAt;
        IsPublished = record.IsPublished && PublishedRevision == record.PublishedRevision;
    }
}
