using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Domain.AnnualReviews;

/// <summary>
/// PUB-10 (条例第十八条): once a year a unit re-evaluates everything it withheld — 此件依申请公开 and 此件不公开 —
/// and decides, record by record with a reason, to keep withholding it or to disclose it. One round per unit and year.
/// </summary>
public sealed class AnnualReview : AggregateRoot<Guid>
{
    public const int ReasonMaxLength = 1000;

    private readonly List<AnnualReviewEntry> _entries = [];

    private AnnualReview()
    {
    }

    public Guid UnitId { get; private set; }

    public int Year { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public string OpenedByName { get; private set; } = "";

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CompletedByName { get; private set; }

    public IReadOnlyList<AnnualReviewEntry> Entries => _entries;

    public int PendingCount => _entries.Count(e => e.Decision is null);

    /// <summary>
    /// Opens the round for <paramref name="year"/> over the unit's withheld, not withdrawn records formed by the end
    /// of that year; the caller passes the unit's records, the rule of which ones count is here.
    /// </summary>
    public static Result<AnnualReview> Open(Guid unitId, int year, IEnumerable<GovernmentRecord> unitRecords, DateOnly today, string byName, DateTimeOffset now)
    {
        if (year > today.Year)
        {
            return Error.Field("publication.year_future", "year", "不能审查尚未到来的年份");
        }

        var review = new AnnualReview { Id = Guid.NewGuid(), UnitId = unitId, Year = year, OpenedAt = now, OpenedByName = byName };
        review._entries.AddRange(unitRecords
            .Where(r => Covers(r, unitId, year))
            .OrderBy(r => r.Content.FormedOn).ThenBy(r => r.IndexNumber)
            .Select(r => AnnualReviewEntry.For(review.Id, r)));
        return review;
    }

    /// <summary>Whether a record belongs in the round of <paramref name="unitId"/> for <paramref name="year"/>.</summary>
    public static bool Covers(GovernmentRecord record, Guid unitId, int year) =>
        record.UnitId == unitId && record.IsWithheld && record.Status != RecordStatus.Withdrawn && record.Content.FormedOn.Year <= year;

    /// <summary>
    /// Decides one entry. Disclose turns the record into 此件公开发布 and back to draft (see
    /// <see cref="GovernmentRecord.DiscloseAfterReview"/>); the entry keeps the attribute it had until then.
    /// </summary>
    public Result Decide(Guid entryId, ReviewDecision decision, string? reason, GovernmentRecord record, DateOnly today, Guid? by, string byName, DateTimeOffset now)
    {
        if (CompletedAt is not null)
        {
            return Error.Conflict("publication.annual_review_completed", "本轮年度审查已完成，不能再作决定");
        }

        if (_entries.FirstOrDefault(e => e.Id == entryId) is not { } entry || entry.RecordId != record.Id)
        {
            return Error.NotFound("publication.entry_not_found", "审查条目不存在");
        }

        if (entry.Decision is not null)
        {
            return Error.Conflict("publication.entry_decided", "该条目已作出决定");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Error.Field("publication.reason_required", "reason", "请写明维持不公开或转为公开的理由");
        }

        var before = record.Content;
        if (decision == ReviewDecision.Disclose)
        {
            var disclosed = record.DiscloseAfterReview(today, now);
            if (!disclosed.IsSuccess)
            {
                return disclosed;
            }
        }

        entry.Decide(decision, reason.Trim(), before, by, byName, now);
        return Result.Success();
    }

    /// <summary>Closes the round; every entry needs its decision first.</summary>
    public Result Complete(string byName, DateTimeOffset now)
    {
        if (CompletedAt is not null)
        {
            return Error.Conflict("publication.annual_review_completed", "本轮年度审查已完成");
        }

        if (PendingCount > 0)
        {
            return Error.Conflict("publication.entries_pending", $"还有 {PendingCount} 条信息未作出决定，不能完成审查");
        }

        CompletedAt = now;
        CompletedByName = byName;
        return Result.Success();
    }
}
