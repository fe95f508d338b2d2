using OpenGov.Publication.Domain.Records;
using static OpenGov.Publication.Tests.Records.Records;

namespace OpenGov.Publication.Tests.Attachments;

/// <summary>PUB-1 for files: what a release makes public depends on the attribute and is fixed on the revision.</summary>
public sealed class RecordAttachmentTests
{
    private static RecordAttachment Attach(GovernmentRecord record, bool? isPublic = null, string name = "附件.pdf")
    {
        var attached = record.Attach(name, "application/pdf", 10, new string('a', 64), isPublic, null, "编辑", Now);
        Assert.True(attached.IsSuccess, attached.Error?.Message);
        return attached.Value;
    }

    private static void Republish(GovernmentRecord record)
    {
        Ok(record.SubmitForReview(Plan, Now));
        foreach (var stage in Plan)
        {
            Ok(record.Decide(stage, true, null, null, "审查人", Now));
        }

        Ok(record.Publish(Plan, [PublicationChannel.Portal], null, "", null, "发布人", Now));
    }

    [Fact]
    public void Given_publish_in_full_Then_attachments_are_public_unless_marked_otherwise()
    {
        var record = Draft();
        var shown = Attach(record);
        var internalOnly = Attach(record, isPublic: false);
        Republish(record);
        Assert.Equal([shown.Id], record.Revisions.Single().AttachmentIds);
        Assert.Equal(1, internalOnly.FirstPublishedRevision);
    }

    [Fact]
    public void Given_publish_redacted_Then_only_the_file_marked_public_is_public()
    {
        var record = Draft(Content(DisclosureAttribute.PublishRedacted, redacted: "<p>删减稿</p>"));
        Attach(record, name: "原件.pdf");
        var redacted = Attach(record, isPublic: true, name: "删减版.pdf");
        Republish(record);
        Assert.Equal([redacted.Id], record.Revisions.Single().AttachmentIds);
    }

    [Theory]
    [InlineData(DisclosureAttribute.OnRequestOnly)]
    [InlineData(DisclosureAttribute.NotDisclosed)]
    public void Given_a_withheld_record_Then_no_attachment_can_be_public(DisclosureAttribute attribute)
    {
        var record = Draft(Content(attribute));
        Fails(record.Attach("a.pdf", "application/pdf", 1, new string('a', 64), true, null, "编辑", Now), "publication.attachment_not_public");
        var attachment = Attach(record);
        Assert.False(attachment.IsPublicUnder(attribute));
    }

    [Fact]
    public void Given_a_record_in_review_Then_attachments_cannot_be_added_or_removed()
    {
        var record = Draft();
        var attachment = Attach(record);
        Ok(record.SubmitForReview(Plan, Now));
        Fails(record.Attach("b.pdf", "application/pdf", 1, new string('b', 64), null, null, "编辑", Now), "publication.not_draft");
        Fails(record.RemoveAttachment(attachment.Id, Now), "publication.not_draft");
    }

    [Fact]
    public void Given_a_correction_Then_published_files_stay_and_new_ones_go_public_only_with_the_corrected_revision()
    {
        var record = Draft();
        var first = Attach(record, name: "第一版.pdf");
        Republish(record);
        Ok(record.StartCorrection("补充附件", Now));

        Fails(record.RemoveAttachment(first.Id, Now), "publication.attachment_published");
        var added = Attach(record, name: "补充.pdf");
        Assert.Equal([first.Id], record.Revisions.Single(r => r.IsCurrent).AttachmentIds);

        var dropped = Attach(record, name: "传错了.pdf");
        Ok(record.RemoveAttachment(dropped.Id, Now));
        Fails(record.RemoveAttachment(dropped.Id, Now), "publication.attachment_not_found");

        Republish(record);
        Assert.Equal([first.Id], record.Revisions[0].AttachmentIds);
        Assert.Equal([first.Id, added.Id], record.Revisions[1].AttachmentIds);
    }
}
