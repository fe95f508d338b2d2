using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Domain.Fees;

/// <summary>
/// The tiers of the 信息处理费 (费用办法, REQ-15), as pure functions. Both modes are progressive: each item or page is
/// priced by the tier it falls in, never the whole count by the last tier.
/// </summary>
public static class ProcessingFees
{
    /// <summary>
    /// The largest monthly count 按件 accepts. The breakdown lists one band per ten items, so an unbounded count
    /// would build an unbounded notice; no applicant comes near this many requests to one organ in a month.
    /// </summary>
    public const int MaxApplicationsPerMonth = 100_000;

    private const string Item = "件";
    private const string Page = "页";

    // 按量: 1–30 free, 31–100 10 元, 101–200 20 元, 201 and up 40 元 per page.
    private static readonly FeeBand[] PageTiers =
    [
        new(1, 30, 0m, Page),
        new(31, 100, 10m, Page),
        new(101, 200, 20m, Page),
        new(201, int.MaxValue, 40m, Page),
    ];

    /// <summary>
    /// 按件: the fee for one applicant's <paramref name="ordinal"/>-th request to one organ in a calendar month.
    /// </summary>
    /// <param name="ordinal">The request's place in the month, from 1.</param>
    public static Result<FeeQuote> PerApplication(int ordinal) => PerApplicationRange(ordinal, ordinal);

    /// <summary>按件: the total for the first <paramref name="count"/> requests of one applicant to one organ in a month.</summary>
    /// <param name="count">Requests in the month, at least 1.</param>
    public static Result<FeeQuote> PerApplicationTotal(int count) => PerApplicationRange(1, count);

    /// <summary>
    /// 按件: the fee for the <paramref name="first"/>-th to the <paramref name="last"/>-th request of the month, for a
    /// multi-item request split 一事一申请 when earlier requests of the month were already counted.
    /// </summary>
    public static Result<FeeQuote> PerApplicationRange(int first, int last)
    {
        if (first < 1 || last < first)
        {
            return Error.Field("fees.count_invalid", "count", "申请件数应从第1件起计，且截止件数不小于起始件数");
        }

        if (last > MaxApplicationsPerMonth)
        {
            return Error.Field("fees.count_too_large", "count", $"当月申请件数不能超过{MaxApplicationsPerMonth}件");
        }

        return new FeeQuote(FeeMode.PerApplication, Clip(ApplicationTiers(), first, last).ToList());
    }

    /// <summary>按量: the fee for one reply of <paramref name="pages"/> pages (paper, e-mail or copied data).</summary>
    /// <param name="pages">Pages in the reply, 0 or more.</param>
    public static Result<FeeQuote> PerPage(int pages)
    {
        if (pages < 0)
        {
            return Error.Field("fees.pages_invalid", "pages", "页数不能为负数");
        }

        return new FeeQuote(FeeMode.PerPage, pages == 0 ? [] : Clip(PageTiers, 1, pages).ToList());
    }

    // 按件: 1–10 free, 11–30 100 元, then every band of ten costs 100 元 more than the one before: 31–40 200 元 …
    private static IEnumerable<FeeBand> ApplicationTiers()
    {
        yield return new FeeBand(1, 10, 0m, Item);
        yield return new FeeBand(11, 30, 100m, Item);
        for (var (from, price) = (31, 200m); ; from += 10, price += 100m)
        {
            yield return new FeeBand(from, from + 9, price, Item);
        }
    }

    private static IEnumerable<FeeBand> Clip(IEnumerable<FeeBand> tiers, int first, int last) =>
        tiers
            .SkipWhile(t => t.To < first)
            .TakeWhile(t => t.From <= last)
            .Select(t => t with { From = Math.Max(t.From, first), To = Math.Min(t.To, last) });
}
