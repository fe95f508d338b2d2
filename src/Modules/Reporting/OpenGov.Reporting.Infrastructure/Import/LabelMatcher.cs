namespace OpenGov.Reporting.Infrastructure.Import;

/// <summary>How far a cell's text was from the template label it was read as.</summary>
internal enum LabelMatchKind
{
    /// <summary>Identical apart from whitespace.</summary>
    Exact,

    /// <summary>Equal after <see cref="LabelText.Normalize"/> (width, quotes, “、” for “.”).</summary>
    Lenient,

    /// <summary>A known typo or old label, or the same wording with other numbering.</summary>
    Variant,
}

/// <summary>A cell recognised as a template label.</summary>
internal sealed record LabelMatch<T>(T Value, string Canonical, string Text, LabelMatchKind Kind);

/// <summary>Recognises template labels in cell text, tolerating the variants annual-report.md §6 lists.</summary>
internal sealed class LabelMatcher<T>
{
    // Labels this short ("其他", "总计") are also column headers, so they are never matched without their numbering.
    private const int MinStrippedLength = 4;

    private readonly Dictionary<string, (T Value, string Canonical, bool Variant)> _byNormalized = [];
    private readonly Dictionary<string, (T Value, string Canonical)?> _byStripped = [];

    public LabelMatcher<T> Add(string label, T value)
    {
        _byNormalized[LabelText.Normalize(label)] = (value, label, false);
        var stripped = LabelText.StripNumbering(LabelText.Normalize(label));
        if (stripped.Length >= MinStrippedLength)
        {
            // Two labels with the same wording under different numbers make the unnumbered form ambiguous.
            _byStripped[stripped] = _byStripped.ContainsKey(stripped) ? null : (value, label);
        }

        return this;
    }

    /// <summary>A known misspelling or older wording that means <paramref name="canonical"/>.</summary>
    public LabelMatcher<T> AddVariant(string variant, string canonical, T value)
    {
        _byNormalized[LabelText.Normalize(variant)] = (value, canonical, true);
        return this;
    }

    public LabelMatch<T>? Match(string? text)
    {
        var normalized = LabelText.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        if (_byNormalized.TryGetValue(normalized, out var hit))
        {
            var kind = hit.Variant ? LabelMatchKind.Variant
                : RemoveWhitespace(text!) == RemoveWhitespace(hit.Canonical) ? LabelMatchKind.Exact
                : LabelMatchKind.Lenient;
            return new LabelMatch<T>(hit.Value, hit.Canonical, text!.Trim(), kind);
        }

        var stripped = LabelText.StripNumbering(normalized);
        if (stripped.Length >= MinStrippedLength && _byStripped.TryGetValue(stripped, out var loose) && loose is { } found)
        {
            return new LabelMatch<T>(found.Value, found.Canonical, text!.Trim(), LabelMatchKind.Variant);
        }

        return null;
    }

    private static string RemoveWhitespace(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
