using OpenGov.Catalogue.Domain.NegativeList;

namespace OpenGov.Catalogue.Tests.NegativeList;

/// <summary>CAT-11: the annual review decides every entry, and released entries leave the list.</summary>
public sealed class NegativeListReviewTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Unit = Guid.NewGuid();

    private static NegativeListItem Entry(string name) => NegativeListItem.Create(Guid.NewGuid(), Unit, null, name, "内容", "条例第十四条", Now);

    [Fact]
    public void Given_every_entry_decided_When_recorded_Then_released_entries_leave_the_list()
    {
        var keep = Entry("危险源");
        var release = Entry("储备库");
        var review = NegativeListReview.Record(
            Guid.NewGuid(), Unit, 2026, "结论",
            [new ReviewDecisionEntry(keep.Id, ReviewDecision.Keep, null), new ReviewDecisionEntry(release.Id, ReviewDecision.Release, " 已公开 ")],
            [keep, release], null, Now);

        Assert.True(review.IsSuccess);
        Assert.Equal(NegativeListItemStatus.Active, keep.Status);
        Assert.Equal(NegativeListItemStatus.Released, release.Status);
        Assert.Equal(2026, release.ReleasedInReviewYear);
        Assert.Equal("已公开", review.Value.Decisions[1].Note);
    }

    [Fact]
    public void Given_a_missing_or_foreign_entry_When_recorded_Then_refused_and_nothing_released()
    {
        var a = Entry("危险源");
        var b = Entry("储备库");
        var missing = NegativeListReview.Record(Guid.NewGuid(), Unit, 2026, "结论", [new ReviewDecisionEntry(a.Id, ReviewDecision.Release, null)], [a, b], null, Now);
        Assert.Equal("negative_list.review_incomplete", missing.Error!.Code);
        Assert.Equal(NegativeListItemStatus.Active, a.Status);

        var foreign = NegativeListReview.Record(Guid.NewGuid(), Unit, 2026, "结论", [new ReviewDecisionEntry(Guid.NewGuid(), ReviewDecision.Keep, null)], [a], null, Now);
        Assert.True(foreign.Error!.Fields!.ContainsKey("decisions[0].itemId"));
    }

    [Fact]
    public void Given_a_released_entry_When_updated_Then_conflict()
    {
        var entry = Entry("储备库");
        NegativeListReview.Record(Guid.NewGuid(), Unit, 2026, "结论", [new ReviewDecisionEntry(entry.Id, ReviewDecision.Release, null)], [entry], null, Now);
        Assert.Equal("negative_list.released", entry.Update(null, "新名", "内容", "依据", Now).Error!.Code);
    }
}
