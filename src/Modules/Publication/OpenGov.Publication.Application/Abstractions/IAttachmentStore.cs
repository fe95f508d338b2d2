namespace OpenGov.Publication.Application.Abstractions;

/// <summary>
/// An upload written to a temporary place while it was hashed and measured, not yet kept.
/// <see cref="Head"/> holds its first bytes for the type check; <see cref="IsUtf8Text"/> whether all of it is UTF-8 without NUL.
/// </summary>
public sealed record StagedFile(string Location, string Sha256, long Size, byte[] Head, bool IsUtf8Text, bool TooLarge);

/// <summary>Attachment files, addressed by the SHA-256 of their content: the same file uploaded twice is kept once.</summary>
public interface IAttachmentStore
{
    /// <summary>Reads the upload to its end (or one byte past <paramref name="maxBytes"/>, then stops and says so).</summary>
    Task<StagedFile> StageAsync(Stream content, long maxBytes, CancellationToken ct);

    /// <summary>Moves a checked upload to its content address.</summary>
    void Keep(StagedFile staged);

    /// <summary>Deletes what is left of a staged upload; safe after <see cref="Keep"/>.</summary>
    void Discard(StagedFile staged);

    /// <summary>The stored content, or null when the file is missing on disk.</summary>
    Stream? OpenRead(string sha256);
}
