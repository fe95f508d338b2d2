using OpenGov.Publication.Domain.AnnualReviews;
using OpenGov.Publication.Domain.Records;
using static OpenGov.Publication.Tests.Records.Records;

namespace OpenGov.Publication.Tests.AnnualReviews;

/// <summary>PUB-10 (条例第十八条): the yearly re-evaluation of what a unit withheld.</summary>
public sealed class AnnualReviewTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Guid Unit = Guid.NewGuid();

    private static GovernmentRecord Withheld(DisclosureAttribute attribute = DisclosureAttribute.OnRequestOnly, Guid? unit = null) =>
        Approved(Content(attribute), unit ?? Unit);

    [Fact]
    public void Given_a_units_records_When_opening_Then_only_its_withheld_records_formed_by_year_end_are_listed()
    {
        var onRequest = Withheld();
        var secret = Withheld(DisclosureAttribute.NotDisclosed);
        var published = Published(unitId: Unit);
        var otherUnit = Withheld(unit: Guid.NewGuid());

        var review = AnnualReview.Open(Unit, 2026, [onRequest, secret, published, otherUnit], Today, "单位管理员", Now);
        Assert.True(review.IsSuccess);
        Assert.Equal(new[] { onRequest.Id, secret.Id }.Order(), review.Value.Entries.Select(e => e.RecordId).Order());
        Assert.Equal(2, review.Value.PendingCount);

        // Formed in 2026: not part of the 2025 round.
        Assert.Empty(AnnualReview.Open(Unit, 2025, [onRequest], Today, "单位管理员", Now).Value.Entries);
        Assert.Equal("publication.year_future", AnnualReview.Open(Unit, 2027, [], Today, "x", Now).Error!.Code);
    }

    [Fact]
    public void Given_keep_and_disclose_Then_reasons_are_required_history_is_kept_and_the_disclosed_record_is_a_public_draft()
    {
        var kept = Withheld();
        var disclosed = Withheld(DisclosureAttribute.NotDisclosed);
        var review = AnnualReview.Open(Unit, 2026, [kept, disclosed], Today, "单位管理员", Now).Value;
        var keptEntry = review.Entries.Single(e => e.RecordId == kept.Id);
        var disclosedEntry = review.Entries.Single(e => e.RecordId == disclosed.Id);

        Fails(review.Decide(keptEntry.Id, ReviewDecision.Keep, " ", kept, Today, null, "领导", Now), "publication.reason_required");
        Fails(review.Complete("领导", Now), "publication.entries_pending");
        Assert.Contains("还有 2 条", review.Complete("领导", Now).Error!.Message);

        Ok(review.Decide(keptEntry.Id, ReviewDecision.Keep, "仍属过程性信息", kept, Today, null, "领导", Now));
        Assert.Equal(DisclosureAttribute.OnRequestOnly, kept.Content.Attribute);
        Fails(review.Decide(keptEntry.Id, ReviewDecision.Disclose, "改主意", kept, Today, null, "领导", Now), "publication.entry_decided");

        Ok(review.Decide(disclosedEntry.Id, ReviewDecision.Disclose, "秘密已解除", disclosed, Today, null, "领导", Now));
        Assert.Equal(DisclosureAttribute.PublishInFull, disclosed.Content.Attribute);
        Assert.Empty(disclosed.Content.Grounds);
        Assert.Null(disclosed.Content.AttributeReason);
        Assert.Equal(RecordStatus.Draft, disclosed.Status);
        Assert.Equal(Today, disclosed.DisclosedOnReviewOn);
        Assert.Equal(DisclosureAttribute.NotDisclosed, disclosedEntry.Attribute);
        Assert.Equal([WithholdingGround.ProcessInformation], disclosedEntry.Grounds);
        Assert.Equal("过程性信息", disclosedEntry.AttributeReason);
        Assert.Equal("秘密已解除", disclosedEntry.DecisionReason);

        Ok(review.Complete("领导", Now));
        Fails(review.Complete("领导", Now), "publication.annual_review_completed");
    }

    [Fact]
    public void Given_a_record_no_longer_withheld_When_disclosing_Then_refused_and_the_entry_stays_open()
    {
        var record = Withheld();
        var review = AnnualReview.Open(Unit, 2026, [record], Today, "x", Now).Value;
        var entry = review.Entries.Single();
        Ok(record.DiscloseAfterReview(Today, Now));
        Fails(review.Decide(entry.Id, ReviewDecision.Disclose, "公开", record, Today, null, "领导", Now), "publication.not_withheld");
        Assert.Null(entry.Decision);
    }

    [Fact]
    public void Given_an_entry_of_another_record_Then_not_found()
    {
        var record = Withheld();
        var review = AnnualReview.Open(Unit, 2026, [record], Today, "x", Now).Value;
        Fails(review.Decide(review.Entries.Single().Id, ReviewDecision.Keep, "x", Withheld(), Today, null, "领导", Now), "publication.entry_not_found");
        Fails(review.Decide(Guid.NewGuid(), ReviewDecision.Keep, "x", record, Today, null, "领导", Now), "publication.entry_not_found");
    }
}
