using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Catalogue.Domain.Coverage;

/// <summary>
/// Catalogue's own copy of what Publication has said about one 政府信息 record, kept from its integration events
/// for the coverage matrix: Catalogue never reads Publication's tables. Events may come twice, late or out of order,
/// so each kind of fact keeps only its newest instant (a publication: its revision) and the state is derived from
/// those instants alone; applying the same facts in any order gives the same state.
/// </summary>
public sealed class LinkedRecord : AggregateRoot<Guid>
{
    private readonly List<LinkedRecordItem> _items = [];

    private LinkedRecord()
    {
    }

    public Guid UnitId { get; private set; }

    /// <summary>The 公开时限 the record missed, from the newest overdue event.</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>When Publication last found the record overdue (PUB-8).</summary>
    public DateTimeOffset? OverdueAt { get; private set; }

    /// <summary>The newest published revision heard of; 0 while none.</summary>
    public int PublishedRevision { get; private set; }

    /// <summary>When <see cref="PublishedRevision"/> was published.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public IReadOnlyList<LinkedRecordItem> Items => _items;

    /// <summary>
    /// Overdue while the newest overdue finding is later than the newest publication and any withdrawal. At an equal
    /// instant the publication wins: a record published in the same moment it was scanned is not outstanding.
    /// A correction that misses its own deadline is overdue again although its earlier revision stays public.
    /// </summary>
    public bool IsOverdue => OverdueAt is { } overdue && (PublishedAt is null || overdue > PublishedAt) && (WithdrawnAt is null || overdue > WithdrawnAt);

    /// <summary>Public while the newest publication is later than any withdrawal (撤回 takes it off every public route).</summary>
    public bool IsPublished => PublishedAt is { } published && (WithdrawnAt is null || published > WithdrawnAt);

    public static LinkedRecord Create(Guid recordId, Guid unitId) => new() { Id = recordId, UnitId = unitId };

    /// <summary>The record passed its 公开时限 unpublished; <paramref name="itemIds"/> are the items its pending text is linked to.</summary>
    public void ApplyOverdue(IEnumerable<Guid> itemIds, DateOnly dueOn, DateTimeOffset at)
    {
        if (OverdueAt is null || at > OverdueAt)
        {
            OverdueAt = at;
            DueOn = dueOn;
        }

        foreach (var itemId in itemIds.Distinct())
        {
            Item(itemId).NoteOverdue(at);
        }

        Refresh();
    }

    /// <summary>A revision was published (a correction republishes with the next revision and may link other items).</summary>
    public void ApplyPublished(int revision, IEnumerable<Guid> itemIds, bool publishedLate, DateTimeOffset at)
    {
        if (revision > PublishedRevision)
        {
            PublishedRevision = revision;
            PublishedAt = at;
        }

        foreach (var itemId in itemIds.Distinct())
        {
            Item(itemId).NotePublished(revision, publishedLate);
        }

        Refresh();
    }

    /// <summary>The record was withdrawn: it no longer covers any item, and nothing is outstanding for it.</summary>
    public void ApplyWithdrawn(DateTimeOffset at)
    {
        if (WithdrawnAt is null || at > WithdrawnAt)
        {
            WithdrawnAt = at;
        }

        Refresh();
    }

    private LinkedRecordItem Item(Guid itemId)
    {
        var item = _items.FirstOrDefault(i => i.ItemId == itemId);
        if (item is null)
        {
            item = LinkedRecordItem.Create(Id, itemId);
            _items.Add(item);
        }

        return item;
    }

    private void Refresh()
    {
        foreach (var item in _items)
        {
            item.Refresh(this);
        }
    }
}
