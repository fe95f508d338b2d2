using OpenGov.Publication.Domain.Records;
using static OpenGov.Publication.Tests.Records.Records;

namespace OpenGov.Publication.Tests.Records;

/// <summary>PUB-5, PUB-6: 先审查后公开 through every stage of the plan, one decision at a time.</summary>
public sealed class ReviewTests
{
    [Fact]
    public void Given_a_draft_When_submitted_Then_the_plan_is_fixed_and_the_first_stage_is_pending()
    {
        var record = Draft();
        Ok(record.SubmitForReview(Plan, Now));
        Assert.Equal(RecordStatus.InReview, record.Status);
        Assert.Equal(Plan, record.ReviewPlan);
        Assert.Equal(1, record.ReviewRound);
        Assert.Equal(ReviewStage.Confidentiality, record.PendingStage);
    }

    [Fact]
    public void Given_no_configured_stage_When_submitting_Then_refused()
    {
        Fails(Draft().SubmitForReview([], Now), "publication.no_review_plan");
    }

    [Fact]
    public void Given_a_record_in_review_When_submitted_again_Then_not_a_draft()
    {
        var record = Draft();
        Ok(record.SubmitForReview(Plan, Now));
        Fails(record.SubmitForReview(Plan, Now), "publication.not_draft");
        Fails(record.Revise(Content(), Now), "publication.not_draft");
    }

    [Fact]
    public void Given_a_pending_stage_When_another_stage_decides_Then_wrong_stage()
    {
        var record = Draft();
        Ok(record.SubmitForReview(Plan, Now));
        Fails(record.Decide(ReviewStage.Final, true, null, null, "领导", Now), "publication.wrong_stage");
        Assert.Empty(record.ReviewSteps);
    }

    [Fact]
    public void Given_a_draft_When_deciding_Then_not_in_review()
    {
        Fails(Draft().Decide(ReviewStage.Confidentiality, true, null, null, "审核人", Now), "publication.not_in_review");
    }

    [Fact]
    public void Given_a_rejection_Then_an_opinion_is_required_and_the_record_returns_to_draft_with_it()
    {
        var record = Draft();
        Ok(record.SubmitForReview(Plan, Now));
        Ok(record.Decide(ReviewStage.Confidentiality, true, null, null, "审核人", Now));
        Fails(record.Decide(ReviewStage.First, false, " ", null, "编辑", Now), "publication.opinion_required");

        Ok(record.Decide(ReviewStage.First, false, " 数据有误 ", null, "编辑", Now));
        Assert.Equal(RecordStatus.Draft, record.Status);
        Assert.Equal("初审退回：数据有误", record.ReturnReason);
        Assert.Null(record.PendingStage);

        // A new round starts from the first stage again: approvals of the rejected round do not count.
        Ok(record.SubmitForReview(Plan, Now));
        Assert.Equal(2, record.ReviewRound);
        Assert.Null(record.ReturnReason);
        Assert.Equal(ReviewStage.Confidentiality, record.PendingStage);
    }

    [Fact]
    public void Given_every_stage_approved_Then_approved_and_nothing_is_pending()
    {
        var record = Approved();
        Assert.Equal(RecordStatus.Approved, record.Status);
        Assert.Empty(record.MissingStages);
        Assert.Equal(4, record.ReviewSteps.Count);
    }
}
