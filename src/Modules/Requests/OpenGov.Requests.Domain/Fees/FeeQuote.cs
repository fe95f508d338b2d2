using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Domain.Fees;

/// <summary>A 信息处理费 worked out under one mode of the 费用办法, band by band (REQ-15).</summary>
/// <param name="Mode">按件 or 按量; a request is charged under one, never both.</param>
/// <param name="Bands">The tiers the charged items or pages fall in, in order; empty when nothing is counted.</param>
public sealed record FeeQuote(FeeMode Mode, IReadOnlyList<FeeBand> Bands)
{
    /// <summary>The amount due in 元.</summary>
    public decimal Total => Bands.Sum(b => b.Amount);

    /// <summary>
    /// The working for the fee notice: one line per band, then the total, separated by "\n", e.g.
    /// <c>第31至35件：5件×200元＝1000元</c> … <c>合计：3000元</c>.
    /// </summary>
    public string Breakdown => string.Join("\n", [.. Bands.Select(b => b.Text), $"合计：{FeeBand.Yuan(Total)}元"]);
}
