using System.Globalization;

namespace OpenGov.Reporting.Infrastructure.Import.Xlsx;

/// <summary>What a numeric cell held.</summary>
internal enum CellNumberKind
{
    Blank,
    Number,
    NotANumber,
}

/// <summary>Reads a count or amount from a cell, whether Excel stored it as a number or as pasted text.</summary>
internal static class CellNumber
{
    public static (CellNumberKind Kind, decimal Value) Read(GridCell? cell)
    {
        if (cell is null)
        {
            return (CellNumberKind.Blank, 0);
        }

        // Pasted tables often carry numbers as text, sometimes full-width or padded; normalise only width and spaces.
        var text = string.Concat(cell.Text.Where(c => !char.IsWhiteSpace(c))
            .Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c));
        if (text.Length == 0)
        {
            return (CellNumberKind.Blank, 0);
        }

        var styles = cell.IsNumber ? NumberStyles.Float : NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        return decimal.TryParse(text, styles, CultureInfo.InvariantCulture, out var value)
            ? (CellNumberKind.Number, value)
            : (CellNumberKind.NotANumber, 0);
    }
}
