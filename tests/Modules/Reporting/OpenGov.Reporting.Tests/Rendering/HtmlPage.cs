using System.Xml.Linq;

namespace OpenGov.Reporting.Tests.Rendering;

/// <summary>Reads a rendered page back as XML: the renderer promises well-formed markup, so no HTML parser is needed.</summary>
internal sealed class HtmlPage(string html)
{
    public string Html { get; } = html;

    public XDocument Document { get; } = XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]);

    public XElement Body => Document.Root!.Element("body")!;

    public XElement Table(string id) => Document.Descendants("table").Single(t => (string?)t.Attribute("id") == id);

    public static IReadOnlyList<XElement> Rows(XElement table) => [.. table.Descendants("tr")];

    public static IReadOnlyList<XElement> Cells(XElement row) => [.. row.Elements().Where(e => e.Name == "th" || e.Name == "td")];

    public static string[] Texts(XElement row) => [.. Cells(row).Select(c => c.Value)];

    public static int Span(XElement cell, string name) => (int?)cell.Attribute(name) ?? 1;
}
