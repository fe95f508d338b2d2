using OpenGov.Publication.Domain.Records;
using static OpenGov.Publication.Tests.Records.Records;

namespace OpenGov.Publication.Tests.Records;

/// <summary>Corrections publish a new revision; withdrawal takes every revision off the public routes; nothing is deleted.</summary>
public sealed class CorrectionAndWithdrawalTests
{
    [Fact]
    public void Given_a_draft_When_correcting_Then_not_published()
    {
        Fails(Draft().StartCorrection("原因", Now), "publication.not_published");
    }

    [Fact]
    public void Given_a_published_record_When_correcting_without_reason_Then_reason_required()
    {
        Fails(Published().StartCorrection(" ", Now), "publication.reason_required");
    }

    [Fact]
    public void Given_a_correction_When_republished_Then_the_old_revision_is_superseded_and_the_reason_kept()
    {
        var record = Published();
        Ok(record.StartCorrection("数据有误", Now));
        Assert.Equal(RecordStatus.Draft, record.Status);
        Assert.True(record.Revisions.Single().IsCurrent);

        Fails(record.Revise(Content(DisclosureAttribute.NotDisclosed), Now), "publication.attribute_locked");
        Ok(record.Revise(Content(body: "<p>更正后</p>"), Now));
        Ok(record.SubmitForReview(Plan, Now));
        foreach (var stage in Plan)
        {
            Ok(record.Decide(stage, true, null, null, "审查人", Now));
        }

        Ok(record.Publish(Plan, [PublicationChannel.Portal], null, "", null, "发布人", Now));
        Assert.Equal(2, record.PublishedRevisions);
        Assert.Equal([false, true], record.Revisions.Select(r => r.IsCurrent));
        Assert.Equal("数据有误", record.Revisions[1].CorrectionReason);
        Assert.Equal(RegistrationKind.Corrected, record.Registrations[1].Kind);
        Assert.Null(record.CorrectionReason);
    }

    [Fact]
    public void Given_an_unpublished_record_When_withdrawing_Then_refused()
    {
        Fails(Approved().Withdraw("原因", null, "领导", Now), "publication.not_published");
    }

    [Fact]
    public void Given_a_published_record_When_withdrawn_Then_every_revision_leaves_and_a_registration_is_added()
    {
        var record = Published();
        Fails(record.Withdraw("", null, "领导", Now), "publication.reason_required");
        Ok(record.Withdraw("已废止", null, "领导", Now));
        Assert.Equal(RecordStatus.Withdrawn, record.Status);
        Assert.All(record.Revisions, r => Assert.NotNull(r.WithdrawnAt));
        Assert.Equal(RegistrationKind.Withdrawn, record.Registrations[^1].Kind);
        Assert.Single(record.DomainEvents.OfType<RecordWithdrawn>());
        Fails(record.Withdraw("再次", null, "领导", Now), "publication.not_published");
    }
}
