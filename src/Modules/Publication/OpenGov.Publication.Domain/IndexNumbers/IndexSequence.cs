namespace OpenGov.Publication.Domain.IndexNumbers;

/// <summary>
/// The last 索引号 serial handed out for one unit and year. Its concurrency token makes two simultaneous
/// drafts of the same unit collide instead of sharing a number; the loser is retried.
/// </summary>
public sealed class IndexSequence
{
    private IndexSequence()
    {
    }

    public Guid UnitId { get; private set; }

    public int Year { get; private set; }

    public int Last { get; private set; }

    public static IndexSequence Start(Guid unitId, int year) => new() { UnitId = unitId, Year = year };

    /// <summary>
    /// 索引号 format: <c>{统一社会信用代码}/{year}-{serial:00000}</c>, e.g. <c>11330000002482010X/2026-00012</c>. A unit without a
    /// credit code uses <c>U</c> and the first 8 hex digits of its id, so numbers stay unique and stable.
    /// </summary>
    public string Next(string unitCode)
    {
        Last++;
        return $"{unitCode}/{Year}-{Last:00000}";
    }

    public static string UnitCode(Guid unitId, string? creditCode) =>
        string.IsNullOrWhiteSpace(creditCode) ? "U" + unitId.ToString("N")[..8].ToUpperInvariant() : creditCode.Trim().ToUpperInvariant();
}
