using System.Globalization;
using System.Xml.Linq;
using OpenGov.Reporting.Domain.Template;

namespace OpenGov.Reporting.Infrastructure.Rendering;

/// <summary>
/// Renders a report as one standalone HTML5 page laid out like the official template (国办公开办函〔2021〕30号): title,
/// opening, the six sections, the three tables with the template's merged cells. The page is built as XML, so it is
/// well-formed and every piece of text is encoded; nothing typed by an editor can become markup.
/// </summary>
public static class ReportHtml
{
    /// <summary>The complete page (doctype, UTF-8, print-friendly CSS).</summary>
    public static string Render(ReportDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var content = d.Content;
        var body = new XElement("body", new XElement("h1", ReportFormat.XmlSafe(d.Title)));
        if (ReportFormat.CorrectionNote(d) is { } note)
        {
            body.Add(Paragraph(note, "correction"));
        }

        body.Add(Paragraphs(content.Texts.Opening));
        body.Add(Heading(TemplateLabels.Overview), Paragraphs(content.Texts.Overview));
        body.Add(Heading(TemplateLabels.Proactive), Table(ReportTables.Proactive(content.Proactive)));
        body.Add(Heading(TemplateLabels.Applications), Table(ReportTables.Applications(content)));
        body.Add(Heading(TemplateLabels.Remedies), Table(ReportTables.Remedies(content.Remedies)));
        body.Add(Heading(TemplateLabels.Problems), Paragraphs(content.Texts.Problems));
        body.Add(Heading(TemplateLabels.Other), Paragraphs(content.Texts.Other));
        if (ReportFormat.PublishedDate(d) is { } date)
        {
            body.Add(Paragraph(d.OrganName, "signature"), Paragraph(date, "signature"));
        }

        var html = new XElement("html", new XAttribute("lang", "zh-CN"),
            new XElement("head",
                new XElement("meta", new XAttribute("charset", "utf-8")),
                new XElement("meta", new XAttribute("name", "viewport"), new XAttribute("content", "width=device-width, initial-scale=1")),
                new XElement("title", ReportFormat.XmlSafe(d.Title)),
                new XElement("style", ReportHtmlStyle.Css)),
            body);
        return "<!DOCTYPE html>\n" + html.ToString(SaveOptions.None) + "\n";
    }

    private static XElement Heading(string text) => new("h2", text);

    private static IEnumerable<XElement> Paragraphs(string? text) => ReportFormat.Paragraphs(text).Select(line => Paragraph(line, null));

    private static XElement Paragraph(string text, string? cssClass) =>
        new("p", cssClass is null ? null : new XAttribute("class", cssClass), ReportFormat.XmlSafe(text));

    // Header rows go in <thead>, which browsers repeat on every printed page of a long table.
    private static XElement Table(LayoutTable table) =>
        new("table", new XAttribute("id", table.Id),
            table.HeaderRows > 0 ? new XElement("thead", Rows(table.Rows.Take(table.HeaderRows))) : null,
            new XElement("tbody", Rows(table.Rows.Skip(table.HeaderRows))));

    private static IEnumerable<XElement> Rows(IEnumerable<IReadOnlyList<LayoutCell>> rows) =>
        rows.Select(row => new XElement("tr", row.Select(Cell)));

    private static XElement Cell(LayoutCell cell) =>
        new(cell.Role == CellRole.Header ? "th" : "td",
            cell.Role == CellRole.Number ? new XAttribute("class", "num") : null,
            cell.RowSpan > 1 ? new XAttribute("rowspan", cell.RowSpan.ToString(CultureInfo.InvariantCulture)) : null,
            cell.ColumnSpan > 1 ? new XAttribute("colspan", cell.ColumnSpan.ToString(CultureInfo.InvariantCulture)) : null,
            ReportFormat.XmlSafe(cell.Text));
}
