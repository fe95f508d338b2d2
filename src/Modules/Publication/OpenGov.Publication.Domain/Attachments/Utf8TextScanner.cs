using System.Text;

namespace OpenGov.Publication.Domain.Attachments;

/// <summary>
/// Checks, chunk by chunk as a file streams in, that it is UTF-8 text without NUL: how a .txt or .csv proves it is
/// text (they have no signature), without holding the whole file in memory.
/// </summary>
public sealed class Utf8TextScanner
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private char[] _chars = [];
    private bool _failed;

    public void Append(ReadOnlySpan<byte> chunk)
    {
        if (_failed)
        {
            return;
        }

        if (chunk.Contains((byte)0))
        {
            _failed = true;
            return;
        }

        try
        {
            // GetChars (not GetCharCount, which leaves the decoder's state alone) keeps a code point split across chunks.
            var needed = _decoder.GetCharCount(chunk, flush: false);
            if (_chars.Length < needed)
            {
                _chars = new char[needed];
            }

            _decoder.GetChars(chunk, _chars, flush: false);
        }
        catch (DecoderFallbackException)
        {
            _failed = true;
        }
    }

    /// <summary>True when everything appended was valid UTF-8 without NUL, ending on a whole character.</summary>
    public bool Complete()
    {
        if (_failed)
        {
            return false;
        }

        try
        {
            _decoder.GetCharCount([], flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
