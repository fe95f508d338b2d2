using OpenGov.Publication.Domain.Records;
using static OpenGov.Publication.Tests.Records.Records;

namespace OpenGov.Publication.Tests.Records;

/// <summary>PUB-8: a 主动公开 record past its 公开时限 is marked overdue once, from the day after it was due.</summary>
public sealed class OverdueTests
{
    private static readonly DateOnly Due = new(2026, 11, 5);

    [Fact]
    public void Given_a_proactive_draft_past_due_When_scanned_Then_marked_once_from_the_next_day()
    {
        var record = Draft();
        record.SetDeadline(new DateOnly(2026, 10, 9), Due, "依据");
        Assert.False(record.MarkOverdueIfLate(Due, Now));
        Assert.True(record.MarkOverdueIfLate(Due.AddDays(1), Now));
        Assert.Equal(Due.AddDays(1), record.OverdueSince);
        Assert.False(record.MarkOverdueIfLate(Due.AddDays(2), Now));
        Assert.Single(record.DomainEvents.OfType<RecordBecameOverdue>());
    }

    [Fact]
    public void Given_a_withheld_record_with_a_date_When_scanned_Then_never_overdue()
    {
        var record = Draft(Content(DisclosureAttribute.OnRequestOnly));
        record.SetDeadline(new DateOnly(2026, 10, 9), Due, "依据");
        Assert.False(record.MarkOverdueIfLate(Due.AddDays(10), Now));
    }

    [Fact]
    public void Given_a_published_record_When_scanned_Then_never_overdue_and_a_correction_clears_the_mark()
    {
        var record = Draft();
        record.SetDeadline(new DateOnly(2026, 10, 9), Due, "依据");
        Assert.True(record.MarkOverdueIfLate(Due.AddDays(1), Now));
        Ok(record.SubmitForReview(Plan, Now));
        foreach (var stage in Plan)
        {
            Ok(record.Decide(stage, true, null, null, "审查人", Now));
        }

        Ok(record.Publish(Plan, [PublicationChannel.Portal], null, "", null, "发布人", Now));
        Assert.False(record.MarkOverdueIfLate(Due.AddDays(3), Now));
        Ok(record.StartCorrection("更正", Now));
        Assert.Null(record.OverdueSince);
    }
}
