using DocumentFormat.OpenXml.Wordprocessing;

namespace OpenGov.Reporting.Infrastructure.Rendering;

/// <summary>
/// Paragraphs of the .docx after GB/T 9704 (党政机关公文格式), as the county's reply letters: 宋体 二号 bold title,
/// 仿宋 三号 text at a fixed 28 pt pitch indented two characters, 宋体 小五 in the tables.
/// </summary>
internal static class DocxText
{
    public const string SongFont = "宋体";
    public const string FangSongFont = "仿宋";
    private const string LatinFont = "Times New Roman";
    private const string TitleSize = "44"; // 二号, in half-points
    private const string BodySize = "32"; // 三号
    private const string TableSize = "18"; // 小五: table 四 has 15 columns across the A4 text width
    private const string LinePitch = "560"; // 28 pt, in twentieths of a point

    public static Paragraph Title(string text) =>
        new(
            new ParagraphProperties(
                new SpacingBetweenLines { After = "560", Line = "700", LineRule = LineSpacingRuleValues.Exact },
                new Justification { Val = JustificationValues.Center }),
            TextRun(text, SongFont, TitleSize, bold: true));

    /// <summary>A section heading; kept with what follows so a heading never ends a page above its table.</summary>
    public static Paragraph Heading(string text) =>
        new(
            new ParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Line = LinePitch, LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLineChars = 200 }),
            TextRun(text, FangSongFont, BodySize, bold: true));

    public static Paragraph Body(string text) =>
        new(
            new ParagraphProperties(
                new SpacingBetweenLines { Line = LinePitch, LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLineChars = 200 },
                new Justification { Val = JustificationValues.Both }),
            TextRun(text, FangSongFont, BodySize, bold: false));

    public static Paragraph RightAligned(string text) =>
        new(
            new ParagraphProperties(
                new SpacingBetweenLines { Line = LinePitch, LineRule = LineSpacingRuleValues.Exact },
                new Justification { Val = JustificationValues.Right }),
            TextRun(text, FangSongFont, BodySize, bold: false));

    /// <summary>The one paragraph of a table cell; an empty text gives the empty paragraph a merged-away cell needs.</summary>
    public static Paragraph Cell(string text, bool centred)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto });
        if (centred)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }

        return text.Length == 0 ? new Paragraph(properties) : new Paragraph(properties, TextRun(text, SongFont, TableSize, bold: false));
    }

    private static Run TextRun(string text, string eastAsiaFont, string size, bool bold)
    {
        var properties = new RunProperties(new RunFonts
        {
            Ascii = LatinFont,
            HighAnsi = LatinFont,
            EastAsia = eastAsiaFont,
            Hint = DocumentFormat.OpenXml.Wordprocessing.FontTypeHintValues.EastAsia,
        });
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        properties.Append(
            new FontSize { Val = size },
            new FontSizeComplexScript { Val = size },
            new Languages { Val = "en-US", EastAsia = "zh-CN" });
        return new Run(properties, new Text(ReportFormat.XmlSafe(text)) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
    }
}
