using OpenGov.Publication.Domain.Records;
using static OpenGov.Publication.Tests.Records.Records;

namespace OpenGov.Publication.Tests.Records;

/// <summary>PUB-12(e)(g): 立、改、废 of published 规章 and 规范性文件, marked on the current public text.</summary>
public sealed class NormativeStatusTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static GovernmentRecord Normative(DateOnly? validUntil = null, Guid? unitId = null) =>
        Published(Content(kind: DocumentKind.NormativeDocument, validFrom: new DateOnly(2026, 12, 1), validUntil: validUntil), unitId);

    [Fact]
    public void Given_a_published_normative_document_When_repealed_Then_the_current_revision_carries_the_mark()
    {
        var record = Normative();
        Assert.Equal(NormativeStatus.Valid, record.Revisions.Single().NormativeStatus);
        var successor = Published(Content(kind: DocumentKind.NormativeDocument), record.UnitId);

        Ok(record.ChangeNormativeStatus(NormativeStatus.Repealed, Today, " 被新文件废止 ", successor, Today, Now));
        var revision = record.Revisions.Single();
        Assert.Equal(NormativeStatus.Repealed, revision.NormativeStatus);
        Assert.Equal(Today, revision.NormativeStatusOn);
        Assert.Equal("被新文件废止", revision.NormativeStatusNote);
        Assert.Equal(successor.Id, revision.ReplacedByRecordId);

        Fails(record.ChangeNormativeStatus(NormativeStatus.Amended, Today, "再改", null, Today, Now), "publication.normative_status_final");
    }

    [Fact]
    public void Given_an_amended_document_Then_it_can_still_be_amended_again_or_repealed()
    {
        var record = Normative();
        Ok(record.ChangeNormativeStatus(NormativeStatus.Amended, Today, "修改第三条", null, Today, Now));
        Ok(record.ChangeNormativeStatus(NormativeStatus.Amended, Today, "修改第五条", null, Today, Now));
        Ok(record.ChangeNormativeStatus(NormativeStatus.Repealed, Today, "废止", null, Today, Now));
    }

    [Fact]
    public void Given_guards_Then_ordinary_unpublished_future_and_foreign_references_are_refused()
    {
        Fails(Published().ChangeNormativeStatus(NormativeStatus.Repealed, Today, "x", null, Today, Now), "publication.not_normative");
        Fails(Approved(Content(kind: DocumentKind.Rule)).ChangeNormativeStatus(NormativeStatus.Repealed, Today, "x", null, Today, Now), "publication.not_published");

        var record = Normative();
        Fails(record.ChangeNormativeStatus(NormativeStatus.Valid, Today, "x", null, Today, Now), "publication.normative_status_invalid");
        Fails(record.ChangeNormativeStatus(NormativeStatus.Repealed, Today.AddDays(1), "x", null, Today, Now), "publication.effective_on_future");
        Fails(record.ChangeNormativeStatus(NormativeStatus.Repealed, new DateOnly(2026, 1, 1), "x", null, Today, Now), "publication.effective_on_before_formed");
        Fails(record.ChangeNormativeStatus(NormativeStatus.Repealed, Today, " ", null, Today, Now), "publication.note_required");
        Fails(record.ChangeNormativeStatus(NormativeStatus.Repealed, Today, "x", Published(Content(kind: DocumentKind.Rule)), Today, Now), "publication.replaced_by_unknown");
        Fails(record.ChangeNormativeStatus(NormativeStatus.Repealed, Today, "x", record, Today, Now), "publication.replaced_by_unknown");
        Fails(record.ChangeNormativeStatus(NormativeStatus.Expired, Today, "x", Normative(unitId: record.UnitId), Today, Now), "publication.replaced_by_not_applicable");
    }

    [Fact]
    public void Given_a_passed_validity_Then_expired_from_the_next_day_without_anyone_marking_it()
    {
        var until = new DateOnly(2026, 11, 20);
        Assert.Equal((NormativeStatus.Valid, (DateOnly?)null), NormativeStatuses.Effective(NormativeStatus.Valid, null, until, until));
        Assert.Equal((NormativeStatus.Expired, (DateOnly?)until.AddDays(1)), NormativeStatuses.Effective(NormativeStatus.Valid, null, until, until.AddDays(1)));
        Assert.Equal((NormativeStatus.Expired, (DateOnly?)until.AddDays(1)), NormativeStatuses.Effective(NormativeStatus.Amended, Today, until, Today));
        Assert.Equal((NormativeStatus.Repealed, (DateOnly?)new DateOnly(2026, 11, 1)),
            NormativeStatuses.Effective(NormativeStatus.Repealed, new DateOnly(2026, 11, 1), until, Today));

        var expired = Normative(validUntil: until);
        Fails(expired.ChangeNormativeStatus(NormativeStatus.Repealed, Today, "x", null, Today, Now), "publication.normative_status_final");
    }
}
