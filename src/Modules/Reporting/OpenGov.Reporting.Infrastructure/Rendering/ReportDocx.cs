using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenGov.Reporting.Domain.Template;

namespace OpenGov.Reporting.Infrastructure.Rendering;

/// <summary>
/// Writes a report as a .docx laid out like the official template (国办公开办函〔2021〕30号): A4, the title centred in
/// bold 宋体, bold section headings, 仿宋 prose, and the three tables with the template's merged cells, so a unit can
/// edit and print it as its published report.
/// </summary>
public static class ReportDocx
{
    /// <summary>The .docx bytes of the report.</summary>
    public static byte[] Write(ReportDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var content = d.Content;
        var body = new Body(DocxText.Title(d.Title));
        if (ReportFormat.CorrectionNote(d) is { } note)
        {
            body.Append(DocxText.Body(note));
        }

        body.Append(Prose(content.Texts.Opening));
        body.Append(DocxText.Heading(TemplateLabels.Overview));
        body.Append(Prose(content.Texts.Overview));
        body.Append(DocxText.Heading(TemplateLabels.Proactive), DocxTables.Write(ReportTables.Proactive(content.Proactive)));
        body.Append(DocxText.Heading(TemplateLabels.Applications), DocxTables.Write(ReportTables.Applications(content)));
        body.Append(DocxText.Heading(TemplateLabels.Remedies), DocxTables.Write(ReportTables.Remedies(content.Remedies)));
        body.Append(DocxText.Heading(TemplateLabels.Problems));
        body.Append(Prose(content.Texts.Problems));
        body.Append(DocxText.Heading(TemplateLabels.Other));
        body.Append(Prose(content.Texts.Other));
        if (ReportFormat.PublishedDate(d) is { } date)
        {
            body.Append(DocxText.RightAligned(d.OrganName), DocxText.RightAligned(date));
        }

        body.Append(A4Section());

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(body);
            document.PackageProperties.Title = ReportFormat.XmlSafe(d.Title);
            document.PackageProperties.Language = "zh-CN";
        }

        return stream.ToArray();
    }

    private static IEnumerable<Paragraph> Prose(string? text) => ReportFormat.Paragraphs(text).Select(DocxText.Body);

    // A4 with the GB/T 9704 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm): DocxTables.TextWidth fits between them.
    private static SectionProperties A4Section() =>
        new(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U });
}
