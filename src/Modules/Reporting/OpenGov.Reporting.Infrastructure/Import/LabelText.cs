using System.Text;
using System.Text.RegularExpressions;

namespace OpenGov.Reporting.Infrastructure.Import;

/// <summary>
/// Lenient label comparison (annual-report.md §6): published tables differ from the template in spacing, full/half-width
/// characters, quote style and numbering punctuation, none of which changes the meaning.
/// </summary>
internal static partial class LabelText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            if (char.IsWhiteSpace(raw) || char.IsControl(raw))
            {
                continue;
            }

            // Full-width ASCII block (！ to ～) → ASCII: brackets, digits, colon, comma, full stop.
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            switch (c)
            {
                case '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '「' or '」':
                    continue;
                case '、' or ',' or '，' or '。':
                    sb.Append('.');
                    break;
                case '【' or '〔':
                    sb.Append('(');
                    break;
                case '】' or '〕':
                    sb.Append(')');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>The normalized label without its leading number, e.g. “1.”, “(1)”, “一.”, “(一)”.</summary>
    public static string StripNumbering(string normalized) => NumberingPrefix().Replace(normalized, string.Empty, 1);

    [GeneratedRegex(@"^(?:\([0-9一二三四五六七八九十]+\)|[0-9一二三四五六七八九十]+\.)")]
    private static partial Regex NumberingPrefix();
}
