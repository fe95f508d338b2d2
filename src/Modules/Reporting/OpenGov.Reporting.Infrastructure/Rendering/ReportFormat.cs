using System.Globalization;
using System.Text;
using System.Xml;
using OpenGov.BuildingBlocks.Application;

namespace OpenGov.Reporting.Infrastructure.Rendering;

/// <summary>How figures and the few generated lines are written, identically in every output format.</summary>
internal static class ReportFormat
{
    /// <summary>Counts print plainly, zero as <c>0</c>: published reports fill every cell and use no thousands separators.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>万元 with at most two decimals and no trailing zeros (annual-report.md §3: 12.5, 0, 3.14).</summary>
    public static string TenThousandYuan(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The prose's paragraphs: one per line, blank lines dropped (they would print as empty paragraphs).</summary>
    public static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n').Where(line => !string.IsNullOrWhiteSpace(line));

    /// <summary>The 更正说明 line of a correction, or null for a first edition.</summary>
    public static string? CorrectionNote(ReportDocument d) =>
        d.Edition <= 1 ? null
        : string.IsNullOrWhiteSpace(d.CorrectionReason) ? $"更正说明：本报告为第{d.Edition}版，更正此前发布的版本。"
        : $"更正说明：{d.CorrectionReason.Trim()}";

    /// <summary>The date under the signature, as a Beijing calendar date; drafts have none.</summary>
    public static string? PublishedDate(ReportDocument d) =>
        d.PublishedAt?.ToChinaDate().ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>Editors paste from anywhere; a control character is not allowed in XML (HTML page or .docx part), so it is dropped.</summary>
    public static string XmlSafe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }
}
