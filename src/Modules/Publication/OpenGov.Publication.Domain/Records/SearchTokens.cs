using System.Text;

namespace OpenGov.Publication.Domain.Records;

/// <summary>
/// Search tokens for Chinese text without a word segmenter: every pair of neighbouring characters of a run of
/// Chinese (or other non-ASCII) letters and digits, and every ASCII word in lower case. A query of two or more
/// characters is then a set of tokens every matching text must contain; the exact substring is checked afterwards.
/// </summary>
public static class SearchTokens
{
    public const int MaxWordLength = 32;

    /// <summary>The distinct tokens of a text, for the index.</summary>
    public static string[] ForText(string text)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        Scan(text, run => AddBigrams(run, tokens), (word, _, _) => tokens.Add(word));
        return [.. tokens];
    }

    /// <summary>
    /// The tokens every text containing <paramref name="query"/> has: its bigrams, its ASCII words that the query
    /// bounds on both sides (whole words), and a last word bounded only before it (a word prefix). A word at the very
    /// start of the query may be the tail of a longer word, so it gives nothing. Null when nothing is left (a single
    /// Chinese character, say), which only a substring scan can answer.
    /// </summary>
    public static QueryTokens? ForQuery(string query)
    {
        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        Scan(query, run => AddBigrams(run, bigrams), (word, atStart, atEnd) =>
        {
            if (!atStart && word.Length < MaxWordLength)
            {
                (atEnd ? prefixes : words).Add(word);
            }
        });
        return bigrams.Count == 0 && words.Count == 0 && prefixes.Count == 0 ? null : new QueryTokens([.. bigrams], [.. words], [.. prefixes]);
    }

    private static void AddBigrams(string run, HashSet<string> into)
    {
        for (var i = 0; i + 1 < run.Length; i++)
        {
            into.Add(run.Substring(i, 2));
        }
    }

    /// <param name="asciiWord">The word (lower case, at most <see cref="MaxWordLength"/> characters), whether it starts the text, whether it ends it.</param>
    private static void Scan(string text, Action<string> wideRun, Action<string, bool, bool> asciiWord)
    {
        var wide = new StringBuilder();
        var ascii = new StringBuilder();
        var asciiStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128 && char.IsAsciiLetterOrDigit(c))
            {
                FlushWide();
                if (ascii.Length == 0)
                {
                    asciiStart = i;
                }

                if (ascii.Length < MaxWordLength)
                {
                    ascii.Append(char.ToLowerInvariant(c));
                }
            }
            else
            {
                FlushAscii(atEnd: false);
                if (c >= 128 && char.IsLetterOrDigit(c))
                {
                    wide.Append(c);
                }
                else
                {
                    FlushWide();
                }
            }
        }

        FlushWide();
        FlushAscii(atEnd: true);

        void FlushWide()
        {
            if (wide.Length > 0)
            {
                wideRun(wide.ToString());
                wide.Clear();
            }
        }

        void FlushAscii(bool atEnd)
        {
            if (ascii.Length > 0)
            {
                asciiWord(ascii.ToString(), asciiStart == 0, atEnd);
                ascii.Clear();
            }
        }
    }
}

/// <summary>What a query requires: bigrams and whole words present, and words starting with each prefix.</summary>
public sealed record QueryTokens(IReadOnlyList<string> Bigrams, IReadOnlyList<string> Words, IReadOnlyList<string> Prefixes);
