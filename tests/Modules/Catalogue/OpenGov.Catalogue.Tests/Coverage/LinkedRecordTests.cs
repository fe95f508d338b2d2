using OpenGov.Catalogue.Domain.Coverage;

namespace OpenGov.Catalogue.Tests.Coverage;

/// <summary>The coverage read model (PUB-8 overdue, PUB-7 publication, 撤回) must not depend on the order events arrive in.</summary>
public sealed class LinkedRecordTests
{
    private static readonly DateTimeOffset Scan = new(2026, 11, 6, 0, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Published = Scan.AddDays(3);
    private static readonly DateTimeOffset Withdrawn = Scan.AddDays(10);
    private static readonly DateOnly DueOn = new(2026, 11, 5);
    private static readonly Guid ItemA = Guid.NewGuid();
    private static readonly Guid ItemB = Guid.NewGuid();

    private static LinkedRecord New() => LinkedRecord.Create(Guid.NewGuid(), Guid.NewGuid());

    private static LinkedRecordItem Link(LinkedRecord record, Guid itemId) => record.Items.Single(i => i.ItemId == itemId);

    [Fact]
    public void Given_overdue_record_When_published_Then_its_item_is_covered_and_no_longer_overdue()
    {
        var record = New();
        record.ApplyOverdue([ItemA], DueOn, Scan);
        Assert.True(Link(record, ItemA).IsOverdue);
        Assert.False(Link(record, ItemA).IsPublished);

        record.ApplyPublished(1, [ItemA], publishedLate: true, Published);
        Assert.False(Link(record, ItemA).IsOverdue);
        Assert.True(Link(record, ItemA).IsPublished);
        Assert.True(Link(record, ItemA).PublishedLate);
    }

    [Fact]
    public void Given_published_event_first_When_the_earlier_overdue_event_arrives_late_Then_the_item_is_not_flagged_again()
    {
        var record = New();
        record.ApplyPublished(1, [ItemA], publishedLate: true, Published);
        record.ApplyOverdue([ItemA], DueOn, Scan);

        Assert.False(Link(record, ItemA).IsOverdue);
        Assert.True(Link(record, ItemA).IsPublished);
        Assert.Equal(DueOn, record.DueOn);
    }

    [Fact]
    public void Given_withdrawal_heard_before_the_publication_When_the_publication_arrives_Then_the_item_stays_uncovered()
    {
        var record = New();
        record.ApplyWithdrawn(Withdrawn);
        record.ApplyPublished(1, [ItemA], publishedLate: false, Published);

        Assert.False(Link(record, ItemA).IsPublished);
        Assert.False(Link(record, ItemA).IsOverdue);
    }

    [Fact]
    public void Given_published_record_When_withdrawn_Then_it_covers_nothing_but_stays_counted_as_published_late()
    {
        var record = New();
        record.ApplyOverdue([ItemA], DueOn, Scan);
        record.ApplyPublished(1, [ItemA], publishedLate: true, Published);
        record.ApplyWithdrawn(Withdrawn);

        Assert.False(Link(record, ItemA).IsPublished);
        Assert.False(Link(record, ItemA).IsOverdue);
        Assert.True(Link(record, ItemA).PublishedLate);
    }

    [Fact]
    public void Given_correction_that_drops_an_item_When_revisions_arrive_in_either_order_Then_only_the_newest_revision_covers()
    {
        var inOrder = New();
        inOrder.ApplyPublished(1, [ItemA, ItemB], publishedLate: false, Published);
        inOrder.ApplyPublished(2, [ItemB], publishedLate: false, Published.AddDays(1));

        var reversed = New();
        reversed.ApplyPublished(2, [ItemB], publishedLate: false, Published.AddDays(1));
        reversed.ApplyPublished(1, [ItemA, ItemB], publishedLate: false, Published);

        foreach (var record in new[] { inOrder, reversed })
        {
            Assert.False(Link(record, ItemA).IsPublished);
            Assert.True(Link(record, ItemB).IsPublished);
            Assert.Equal(2, record.PublishedRevision);
            Assert.Equal(Published.AddDays(1), record.PublishedAt);
        }
    }

    [Fact]
    public void Given_correction_past_its_own_deadline_When_scanned_Then_overdue_again_while_the_old_revision_stays_public()
    {
        var record = New();
        record.ApplyPublished(1, [ItemA], publishedLate: false, Published);
        record.ApplyOverdue([ItemA, ItemB], DueOn.AddDays(40), Published.AddDays(40));

        Assert.True(Link(record, ItemA).IsOverdue);
        Assert.True(Link(record, ItemA).IsPublished);
        Assert.True(Link(record, ItemB).IsOverdue);
        Assert.False(Link(record, ItemB).IsPublished);

        record.ApplyPublished(2, [ItemA, ItemB], publishedLate: true, Published.AddDays(41));
        Assert.All(record.Items, i => Assert.False(i.IsOverdue));
        Assert.All(record.Items, i => Assert.True(i.IsPublished));
    }

    [Fact]
    public void Given_scan_and_publication_at_the_same_instant_When_applied_Then_the_publication_wins()
    {
        var record = New();
        record.ApplyOverdue([ItemA], DueOn, Published);
        record.ApplyPublished(1, [ItemA], publishedLate: true, Published);
        Assert.False(Link(record, ItemA).IsOverdue);
    }

    [Fact]
    public void Given_every_order_and_repeats_of_the_same_events_When_applied_Then_the_state_is_the_same()
    {
        Action<LinkedRecord>[] events =
        [
            r => r.ApplyOverdue([ItemA], DueOn, Scan),
            r => r.ApplyPublished(1, [ItemA, ItemB], publishedLate: true, Published),
            r => r.ApplyPublished(2, [ItemB], publishedLate: false, Published.AddDays(2)),
            r => r.ApplyWithdrawn(Withdrawn),
        ];
        string? expected = null;
        foreach (var order in Permutations([0, 1, 2, 3]))
        {
            var record = New();
            foreach (var i in order.Concat(order))
            {
                events[i](record);
            }

            var state = string.Join(";", record.Items.OrderBy(i => i.ItemId).Select(i => $"{i.ItemId}:{i.IsOverdue}:{i.IsPublished}:{i.PublishedLate}:{i.PublishedRevision}:{i.OverdueAt}"))
                + $"|{record.PublishedRevision}|{record.PublishedAt}|{record.OverdueAt}|{record.WithdrawnAt}|{record.DueOn}";
            expected ??= state;
            Assert.Equal(expected, state);
        }
    }

    private static IEnumerable<int[]> Permutations(int[] items) => items.Length <= 1
        ? [items]
        : items.SelectMany(first => Permutations([.. items.Where(i => i != first)]).Select(rest => new[] { first }.Concat(rest).ToArray()));
}
