using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Catalogue.Domain.NegativeList;

/// <summary>Outcome of the annual review for one entry.</summary>
public enum ReviewDecision
{
    /// <summary>Still withheld on the same basis.</summary>
    Keep = 1,

    /// <summary>No longer needs withholding: taken off the list and disclosed in principle.</summary>
    Release = 2,
}

public sealed record ReviewDecisionEntry(Guid ItemId, ReviewDecision Decision, string? Note);

/// <summary>
/// The yearly review of a unit's 负面清单 (CAT-11 "kept updated"; 条例第十八条's yearly re-evaluation): one per unit
/// per year, deciding every entry that was on the list, with the outcome recorded.
/// </summary>
public sealed class NegativeListReview : AggregateRoot<Guid>
{
    public const int SummaryMaxLength = 2000;

    private readonly List<ReviewDecisionEntry> _decisions = [];

    private NegativeListReview()
    {
    }

    public Guid UnitId { get; private set; }

    public int Year { get; private set; }

    public string Summary { get; private set; } = "";

    public DateTimeOffset ReviewedAt { get; private set; }

    public Guid? ReviewedBy { get; private set; }

    public IReadOnlyList<ReviewDecisionEntry> Decisions => _decisions;

    /// <param name="activeItems">The unit's entries currently on the list; each must be decided exactly once.</param>
    public static Result<NegativeListReview> Record(
        Guid id, Guid unitId, int year, string summary, IReadOnlyList<ReviewDecisionEntry> decisions,
        IReadOnlyCollection<NegativeListItem> activeItems, Guid? by, DateTimeOffset now)
    {
        var byId = activeItems.ToDictionary(i => i.Id);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < decisions.Count; i++)
        {
            if (!byId.ContainsKey(decisions[i].ItemId) || !seen.Add(decisions[i].ItemId))
            {
                return Error.Field("negative_list.review_item_unknown", $"decisions[{i}].itemId", "该事项不在本单位现行负面清单中，或重复出现");
            }
        }

        var missing = byId.Keys.Where(k => !seen.Contains(k)).Select(k => byId[k].Name).ToList();
        if (missing.Count > 0)
        {
            return Error.Field("negative_list.review_incomplete", "decisions", $"年度评估须对清单中每个事项作出结论，尚缺：{string.Join("、", missing)}");
        }

        var review = new NegativeListReview { Id = id, UnitId = unitId, Year = year, Summary = summary.Trim(), ReviewedAt = now, ReviewedBy = by };
        review._decisions.AddRange(decisions.Select(d => d with { Note = string.IsNullOrWhiteSpace(d.Note) ? null : d.Note.Trim() }));
        foreach (var decision in decisions.Where(d => d.Decision == ReviewDecision.Release))
        {
            byId[decision.ItemId].Release(year, now);
        }

        return review;
    }
}
