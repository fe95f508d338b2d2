using OpenGov.Publication.Domain.Records;
using static OpenGov.Publication.Tests.Records.Records;

namespace OpenGov.Publication.Tests.Records;

/// <summary>PUB-1, PUB-7: only reviewed 主动公开 records are published, each release registered.</summary>
public sealed class PublishTests
{
    private static BuildingBlocks.Domain.Result Publish(GovernmentRecord record, params PublicationChannel[] channels) =>
        record.Publish(Plan, channels.Length == 0 ? [PublicationChannel.Portal] : channels, null, "检索文本", null, "发布人", Now);

    [Theory]
    [InlineData(DisclosureAttribute.OnRequestOnly)]
    [InlineData(DisclosureAttribute.NotDisclosed)]
    public void Given_a_withheld_record_When_publishing_Then_refused_even_when_approved(DisclosureAttribute attribute)
    {
        var record = Approved(Content(attribute));
        Fails(Publish(record), "publication.not_proactive");
        Assert.Empty(record.Revisions);
    }

    [Fact]
    public void Given_a_draft_When_publishing_Then_the_whole_configured_plan_is_named_as_missing()
    {
        var refused = Publish(Draft());
        Fails(refused, "publication.review_incomplete");
        Assert.Contains("保密审查、初审、复审、终审", refused.Error!.Message);
    }

    [Fact]
    public void Given_a_half_reviewed_record_When_publishing_Then_only_the_missing_stages_are_named()
    {
        var record = Draft();
        Ok(record.SubmitForReview(Plan, Now));
        Ok(record.Decide(ReviewStage.Confidentiality, true, null, null, "审核人", Now));
        var refused = Publish(record);
        Fails(refused, "publication.review_incomplete");
        Assert.EndsWith("缺少初审、复审、终审", refused.Error!.Message);
    }

    [Fact]
    public void Given_no_channel_When_publishing_Then_channels_required()
    {
        Fails(Approved().Publish(Plan, [], null, "", null, "发布人", Now), "publication.channels_required");
    }

    [Fact]
    public void Given_an_approved_record_When_published_Then_a_current_revision_and_a_registration_with_reviewers()
    {
        var record = Approved();
        Ok(Publish(record, PublicationChannel.Portal, PublicationChannel.Gazette));
        Assert.Equal(RecordStatus.Published, record.Status);
        var revision = Assert.Single(record.Revisions);
        Assert.True(revision.IsCurrent);
        var registration = Assert.Single(record.Registrations);
        Assert.Equal(RegistrationKind.Published, registration.Kind);
        Assert.Equal("保密审查：审查人1；初审：审查人2；复审：审查人3；终审：审查人4", registration.Reviewers);
        Assert.Equal(64, registration.ContentSha256.Length);
        Assert.Single(record.DomainEvents.OfType<RecordPublished>());
        Fails(Publish(record), "publication.already_published");
    }

    [Fact]
    public void Given_a_redacted_record_When_published_Then_only_the_redacted_text_is_public()
    {
        var record = Published(Content(DisclosureAttribute.PublishRedacted, body: "<p>全文含隐私</p>", redacted: "<p>删减稿</p>"));
        Assert.Equal("<p>删减稿</p>", record.Revisions.Single().Body);
    }
}
