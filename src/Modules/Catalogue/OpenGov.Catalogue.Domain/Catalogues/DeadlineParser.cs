using System.Text.RegularExpressions;

namespace OpenGov.Catalogue.Domain.Catalogues;

/// <summary>
/// Reads the 公开时限 phrasings found in published county catalogues: "信息形成或者变更之日起20个工作日内",
/// "自批准之日起七日内", "3个工作日", "实时公开", "及时", "定期更新". Anything else is kept unparsed.
/// </summary>
public static partial class DeadlineParser
{
    [GeneratedRegex(@"(\d+|[零一二两三四五六七八九十百]+)\s*个?\s*(工作日|自然日|日|天|个月|月)")]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"^\s*(?:自|从|在)?(.+?)(?:之日|后)?起")]
    private static partial Regex TriggerPattern();

    public static DeadlineRule Parse(string? text)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? DeadlineRule.DefaultText : text.Trim();
        var (trigger, triggerEvent) = TriggerOf(trimmed);
        var count = CountPattern().Match(trimmed);
        if (count.Success && NumberOf(count.Groups[1].Value) is { } n and > 0)
        {
            var unit = count.Groups[2].Value switch
            {
                "工作日" => DeadlineUnit.WorkingDays,
                "个月" or "月" => DeadlineUnit.Months,
                _ => DeadlineUnit.Days,
            };
            return new DeadlineRule(trimmed, true, trigger, triggerEvent, n, unit, null);
        }

        DeadlineQualitative? qualitative = trimmed.Contains("实时") ? DeadlineQualitative.RealTime
            : trimmed.Contains("及时") ? DeadlineQualitative.Timely
            : trimmed.Contains("定期") || trimmed.Contains("每年") || trimmed.Contains("每季度") || trimmed.Contains("每月") ? DeadlineQualitative.Periodic
            : null;
        return qualitative is null
            ? new DeadlineRule(trimmed, false, DeadlineTrigger.None, null, null, null, null)
            : new DeadlineRule(trimmed, true, trigger, triggerEvent, null, null, qualitative);
    }

    private static (DeadlineTrigger, string?) TriggerOf(string text)
    {
        var formed = text.Contains("形成");
        var changed = text.Contains("变更") || text.Contains("变化");
        if (formed && changed)
        {
            return (DeadlineTrigger.FormedOrChanged, null);
        }

        if (formed)
        {
            return (DeadlineTrigger.Formed, null);
        }

        if (changed)
        {
            return (DeadlineTrigger.Changed, null);
        }

        var match = TriggerPattern().Match(text);
        return match.Success && match.Groups[1].Value.Trim() is { Length: > 0 } name
            ? (DeadlineTrigger.OtherEvent, name)
            : (DeadlineTrigger.None, null);
    }

    /// <summary>Arabic digits or Chinese numerals up to 999 (二十, 十五, 一百二十).</summary>
    internal static int? NumberOf(string value)
    {
        if (int.TryParse(value, out var arabic))
        {
            return arabic;
        }

        var total = 0;
        var current = 0;
        foreach (var c in value)
        {
            var digit = "零一二三四五六七八九".IndexOf(c);
            if (c == '两')
            {
                digit = 2;
            }

            if (digit >= 0)
            {
                current = digit;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else if (c == '百')
            {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
            else
            {
                return null;
            }
        }

        return total + current;
    }
}
