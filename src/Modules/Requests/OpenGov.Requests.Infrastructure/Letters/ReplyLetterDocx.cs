using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OpenGov.Requests.Infrastructure.Letters;

/// <summary>
/// Writes a reply letter as a .docx laid out after GB/T 9704 (党政机关公文格式): A4, the title centred in bold 宋体 二号,
/// the body in 仿宋 三号 at a fixed 28 pt line pitch. The body's first line is the addressee and stays flush left; when
/// the body has at least three lines the last two (signer and date) are right-aligned; every other line is a paragraph
/// indented by two characters.
/// </summary>
public static class ReplyLetterDocx
{
    private const string LatinFont = "Times New Roman";
    private const string TitleFont = "宋体";
    private const string BodyFont = "仿宋";
    private const string TitleSize = "44"; // 二号, in half-points
    private const string BodySize = "32"; // 三号, in half-points
    private const string LinePitch = "560"; // 28 pt, in twentieths of a point

    /// <summary>The .docx bytes of a letter: <paramref name="title"/> as its heading and one paragraph per line of <paramref name="body"/>.</summary>
    /// <param name="title">The heading, e.g. 政府信息公开申请答复告知书.</param>
    /// <param name="body">Plain text, paragraphs separated by "\n" ("\r\n" is accepted too).</param>
    public static byte[] Write(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        var lines = body.ReplaceLineEndings("\n").Split('\n');

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var content = new Body(TitleParagraph(title));
            for (var i = 0; i < lines.Length; i++)
            {
                content.Append(BodyParagraph(lines[i], LayoutOf(i, lines.Length)));
            }

            content.Append(A4Section());
            document.AddMainDocumentPart().Document = new Document(content);
            document.PackageProperties.Title = title;
        }

        return stream.ToArray();
    }

    private enum Layout
    {
        FlushLeft,
        Indented,
        RightAligned,
    }

    private static Layout LayoutOf(int index, int count) =>
        index == 0 ? Layout.FlushLeft
        : count >= 3 && index >= count - 2 ? Layout.RightAligned
        : Layout.Indented;

    private static Paragraph TitleParagraph(string title) =>
        new(
            new ParagraphProperties(
                new SpacingBetweenLines { After = "560", Line = "700", LineRule = LineSpacingRuleValues.Exact },
                new Justification { Val = JustificationValues.Center }),
            TextRun(title, TitleFont, TitleSize, bold: true));

    private static Paragraph BodyParagraph(string line, Layout layout)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { Line = LinePitch, LineRule = LineSpacingRuleValues.Exact });
        switch (layout)
        {
            case Layout.Indented:
                properties.Append(new Indentation { FirstLineChars = 200 });
                properties.Append(new Justification { Val = JustificationValues.Both });
                break;
            case Layout.RightAligned:
                properties.Append(new Justification { Val = JustificationValues.Right });
                break;
        }

        return line.Length == 0 ? new Paragraph(properties) : new Paragraph(properties, TextRun(line, BodyFont, BodySize, bold: false));
    }

    private static Run TextRun(string text, string eastAsiaFont, string size, bool bold)
    {
        var properties = new RunProperties(new RunFonts
        {
            Ascii = LatinFont,
            HighAnsi = LatinFont,
            EastAsia = eastAsiaFont,
            Hint = FontTypeHintValues.EastAsia,
        });
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        properties.Append(
            new FontSize { Val = size },
            new FontSizeComplexScript { Val = size },
            new Languages { Val = "en-US", EastAsia = "zh-CN" });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    // A4 with the GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
    private static SectionProperties A4Section() =>
        new(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U });
}
