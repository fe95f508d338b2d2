using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenGov.Requests.Application.Letters;
using OpenGov.Requests.Domain.Requests;
using OpenGov.Requests.Infrastructure.Letters;

namespace OpenGov.Requests.Tests.Letters;

public sealed class ReplyLetterDocxTests
{
    private static ReplyLetterDraft Draft() =>
        ReplyLetterTemplates.Compose(new ReplyLetterFacts(
            "某某县财政局", "张三", new DateOnly(2025, 10, 8), "2024年度县级部门预算公开表", RequestOutcome.PartlyGranted,
            "第3页所列人员身份证号码属于个人隐私，已作遮盖处理。", new DateOnly(2025, 10, 30),
            "某某县人民政府", "某某市中级人民法院", "YSQ-2025-0042"));

    [Fact]
    public void Given_a_reply_letter_When_written_Then_the_document_is_valid_open_xml()
    {
        var draft = Draft();

        using var stream = new MemoryStream(ReplyLetterDocx.Write(draft.Title, draft.Body));
        using var doc = WordprocessingDocument.Open(stream, false);

        Assert.Empty(new OpenXmlValidator().Validate(doc));
    }

    [Fact]
    public void Given_a_reply_letter_When_written_and_read_back_Then_title_and_every_body_line_round_trip()
    {
        var draft = Draft();

        using var stream = new MemoryStream(ReplyLetterDocx.Write(draft.Title, draft.Body));
        using var doc = WordprocessingDocument.Open(stream, false);
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

        Assert.Equal(draft.Title, paragraphs[0].InnerText);
        Assert.Equal(draft.Body, string.Join("\n", paragraphs.Skip(1).Select(p => p.InnerText)));
        Assert.Equal(draft.Title, doc.PackageProperties.Title);
    }

    [Fact]
    public void Given_a_reply_letter_When_written_Then_the_title_is_centred_bold_song_and_the_page_is_a4()
    {
        var draft = Draft();

        using var stream = new MemoryStream(ReplyLetterDocx.Write(draft.Title, draft.Body));
        using var doc = WordprocessingDocument.Open(stream, false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().ToList();
        var title = paragraphs[0];
        var titleRun = title.Elements<Run>().Single().RunProperties!;

        Assert.Equal(JustificationValues.Center, title.ParagraphProperties!.Justification!.Val!.Value);
        Assert.NotNull(titleRun.Bold);
        Assert.Equal("宋体", titleRun.RunFonts!.EastAsia!.Value);
        Assert.All(paragraphs.Skip(1).SelectMany(p => p.Elements<Run>()), r => Assert.Equal("仿宋", r.RunProperties!.RunFonts!.EastAsia!.Value));
        Assert.Null(paragraphs[1].ParagraphProperties!.Justification);
        Assert.Equal(JustificationValues.Right, paragraphs[^1].ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(JustificationValues.Right, paragraphs[^2].ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(200, paragraphs[2].ParagraphProperties!.Indentation!.FirstLineChars!.Value);

        var page = body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal((11906U, 16838U), (page.Width!.Value, page.Height!.Value));
    }

    [Fact]
    public void Given_a_body_with_windows_line_ends_and_an_empty_line_When_written_Then_each_line_is_one_paragraph()
    {
        using var stream = new MemoryStream(ReplyLetterDocx.Write("标题", "第一行\r\n\r\n 第三行 "));
        using var doc = WordprocessingDocument.Open(stream, false);

        Assert.Empty(new OpenXmlValidator().Validate(doc));
        Assert.Equal(["标题", "第一行", "", " 第三行 "],
            doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToArray());
    }
}
