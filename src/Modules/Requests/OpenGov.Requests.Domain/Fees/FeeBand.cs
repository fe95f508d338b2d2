using System.Globalization;

namespace OpenGov.Requests.Domain.Fees;

/// <summary>
/// The part of a charge that falls in one tier of the 费用办法: items (件) or pages (页) <see cref="From"/> to
/// <see cref="To"/>, each at <see cref="UnitPrice"/> 元.
/// </summary>
/// <param name="From">First item or page of the band, counting from 1.</param>
/// <param name="To">Last item or page of the band, inclusive.</param>
/// <param name="UnitPrice">元 per item or page; 0 for the free tier.</param>
/// <param name="Unit">The counting word, <c>件</c> or <c>页</c>.</param>
public sealed record FeeBand(int From, int To, decimal UnitPrice, string Unit)
{
    /// <summary>How many items or pages the band holds.</summary>
    public int Count => To - From + 1;

    /// <summary>The band's amount in 元.</summary>
    public decimal Amount => Count * UnitPrice;

    /// <summary>The band as one line of a fee notice, e.g. <c>第31至35件：5件×200元＝1000元</c>.</summary>
    public string Text
    {
        get
        {
            var range = From == To ? $"第{From}{Unit}" : $"第{From}至{To}{Unit}";
            return UnitPrice == 0
                ? $"{range}：{Count}{Unit}免费"
                : $"{range}：{Count}{Unit}×{Yuan(UnitPrice)}元＝{Yuan(Amount)}元";
        }
    }

    internal static string Yuan(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}
