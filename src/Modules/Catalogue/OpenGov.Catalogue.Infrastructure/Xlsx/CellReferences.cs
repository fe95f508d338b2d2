namespace OpenGov.Catalogue.Infrastructure.Xlsx;

/// <summary>A1-style cell references: column letters ↔ 0-based index, and the rows a range spans.</summary>
internal static class CellReferences
{
    /// <summary>The 0-based column of "C12" (2), or -1 when the reference has no letters.</summary>
    public static int Column(string reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            // Excel stops at XFD (three letters); longer nonsense must not overflow.
            if (++letters > 3)
            {
                return -1;
            }

            column = (column * 26) + (upper - 'A' + 1);
        }

        return column - 1;
    }

    public static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    /// <summary>First and last row of "A4:B6" or "C7"; null when a row number cannot be read.</summary>
    public static (int FirstRow, int LastRow)? Range(string reference)
    {
        var parts = reference.Split(':');
        int? first = Row(parts[0]);
        int? last = Row(parts[^1]);
        return first is { } f && last is { } l ? (Math.Min(f, l), Math.Max(f, l)) : null;
    }

    private static int? Row(string cell)
    {
        var start = 0;
        while (start < cell.Length && (char.IsAsciiLetter(cell[start]) || cell[start] == '$'))
        {
            start++;
        }

        return int.TryParse(cell[start..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row) ? row : null;
    }
}
