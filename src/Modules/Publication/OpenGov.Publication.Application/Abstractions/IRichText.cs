namespace OpenGov.Publication.Application.Abstractions;

/// <summary>Rich text from editors and OA systems: stored only after sanitizing, searched as plain text.</summary>
public interface IRichText
{
    /// <summary>Removes scripts, event handlers and anything else that could run in a reader's browser.</summary>
    string Sanitize(string html);

    string ToPlainText(string html);
}
