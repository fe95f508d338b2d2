using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Publication.Domain.Records;

public sealed partial class GovernmentRecord
{
    /// <summary>The day an annual review (PUB-10) decided to disclose this record: its 公开时限 runs from then.</summary>
    public DateOnly? DisclosedOnReviewOn { get; private set; }

    public bool IsWithheld => !Content.Attribute.IsProactive();

    /// <summary>
    /// 条例第十八条: what was withheld and can now be disclosed becomes 此件公开发布 (grounds cleared; the review entry
    /// keeps them) and goes back to draft, so it passes review and publishing like any record.
    /// </summary>
    public Result DiscloseAfterReview(DateOnly decidedOn, DateTimeOffset now)
    {
        if (!IsWithheld)
        {
            return Error.Conflict("publication.not_withheld", $"该信息的公开属性已是“{DisclosureAttributes.Labels[Content.Attribute]}”，无需决定公开");
        }

        if (Status == RecordStatus.Withdrawn)
        {
            return Error.Conflict("publication.withdrawn", "该信息已撤回");
        }

        Content = Content with { Attribute = DisclosureAttribute.PublishInFull, Grounds = [], AttributeReason = null, RedactedBody = null };
        if (Status is RecordStatus.InReview or RecordStatus.Approved)
        {
            // The review approved a withheld document; publishing it needs a review of it as a public one.
            Status = RecordStatus.Draft;
        }

        DisclosedOnReviewOn = decidedOn;
        OverdueSince = null;
        UpdatedAt = now;
        return Result.Success();
    }
}
