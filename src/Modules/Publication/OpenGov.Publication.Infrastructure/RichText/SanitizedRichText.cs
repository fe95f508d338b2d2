using AngleSharp.Html.Parser;
using Ganss.Xss;
using OpenGov.Publication.Application.Abstractions;

namespace OpenGov.Publication.Infrastructure.RichText;

/// <summary>HtmlSanitizer's allow-list: scripts, event handlers, javascript: links and styles that can run code are removed.</summary>
internal sealed class SanitizedRichText : IRichText
{
    private static readonly HtmlParser Parser = new();

    private readonly HtmlSanitizer _sanitizer = new();

    public string Sanitize(string html) => _sanitizer.Sanitize(html);

    public string ToPlainText(string html)
    {
        using var document = Parser.ParseDocument(html);
        return string.Join(' ', (document.Body?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
