using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenGov.Publication.Application;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Domain.Attachments;

namespace OpenGov.Publication.Infrastructure.Attachments;

/// <summary>
/// Files under <c>Publication:Attachments:Path</c> as <c>ab/abcdef…</c> (the SHA-256 of the content). Uploads land in
/// <c>.incoming</c> under the same directory first, so keeping one is a rename on the same volume, never a copy.
/// </summary>
internal sealed class DiskAttachmentStore : IAttachmentStore
{
    private const int BufferSize = 81920;
    private readonly string _root;
    private readonly string _incoming;

    public DiskAttachmentStore(IOptions<PublicationOptions> options, IHostEnvironment environment)
    {
        _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Attachments.Path));
        _incoming = Path.Combine(_root, ".incoming");
    }

    public async Task<StagedFile> StageAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(_incoming);
        var location = Path.Combine(_incoming, Guid.NewGuid().ToString("N"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var text = new Utf8TextScanner();
        var head = new byte[AttachmentFormats.HeadLength];
        var headLength = 0;
        long size = 0;
        var tooLarge = false;
        await using (var file = new FileStream(location, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
        {
            var buffer = new byte[BufferSize];
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    tooLarge = true;
                    break;
                }

                var chunk = buffer.AsMemory(0, read);
                if (headLength < head.Length)
                {
                    var take = Math.Min(head.Length - headLength, read);
                    chunk.Span[..take].CopyTo(head.AsSpan(headLength));
                    headLength += take;
                }

                hash.AppendData(chunk.Span);
                text.Append(chunk.Span);
                await file.WriteAsync(chunk, ct);
            }
        }

        return new StagedFile(location, Convert.ToHexStringLower(hash.GetHashAndReset()), size, head[..headLength], text.Complete(), tooLarge);
    }

    public void Keep(StagedFile staged)
    {
        var target = PathOf(staged.Sha256);
        if (File.Exists(target))
        {
            // Same hash, same content: the file is already kept.
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(staged.Location, target);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another upload of the same content won the rename.
        }
    }

    public void Discard(StagedFile staged)
    {
        if (File.Exists(staged.Location))
        {
            File.Delete(staged.Location);
        }
    }

    public Stream? OpenRead(string sha256)
    {
        var path = PathOf(sha256);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true) : null;
    }

    private string PathOf(string sha256)
    {
        // Hashes come from our own rows; refuse anything else rather than build a path from it.
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit))
        {
            throw new ArgumentException("not a SHA-256 hex string", nameof(sha256));
        }

        return Path.Combine(_root, sha256[..2], sha256);
    }
}
