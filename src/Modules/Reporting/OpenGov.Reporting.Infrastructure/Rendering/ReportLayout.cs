namespace OpenGov.Reporting.Infrastructure.Rendering;

/// <summary>How a cell is printed: header and block headings centred, row labels flush left, numbers centred.</summary>
internal enum CellRole
{
    Header,
    Label,
    Number,
}

/// <summary>One cell as HTML sees it: written once, at its top-left grid position, with its spans.</summary>
internal sealed record LayoutCell(string Text, CellRole Role, int ColumnSpan = 1, int RowSpan = 1);

/// <summary>A cell at its grid position; <paramref name="Continued"/> marks a position covered by a row span from above.</summary>
internal sealed record PlacedCell(LayoutCell Cell, int Column, bool Continued);

/// <summary>
/// A template table as rows of cells with spans (HTML's model). Word instead needs a cell at every covered position of a
/// vertical merge, so <see cref="Place"/> works out the grid once, for both renderers, and refuses a layout that does
/// not fill its grid exactly. The first <paramref name="HeaderRows"/> rows are column headers, repeated on each printed page.
/// </summary>
internal sealed record LayoutTable(string Id, int Columns, IReadOnlyList<IReadOnlyList<LayoutCell>> Rows, int HeaderRows = 0)
{
    public IReadOnlyList<IReadOnlyList<PlacedCell>> Place()
    {
        // For each grid position, the cell spanning down onto it from a row above.
        var coveredBy = new LayoutCell?[Rows.Count, Columns];
        var placed = new List<IReadOnlyList<PlacedCell>>(Rows.Count);
        for (var r = 0; r < Rows.Count; r++)
        {
            var row = new List<PlacedCell>();
            var next = 0;
            var column = 0;
            while (column < Columns)
            {
                if (coveredBy[r, column] is { } above)
                {
                    row.Add(new PlacedCell(above, column, Continued: true));
                    column += above.ColumnSpan;
                    continue;
                }

                if (next >= Rows[r].Count)
                {
                    throw new InvalidOperationException($"{Id} row {r + 1}: cells end at grid column {column + 1} of {Columns}");
                }

                var cell = Rows[r][next++];
                if (column + cell.ColumnSpan > Columns || r + cell.RowSpan > Rows.Count
                    || Enumerable.Range(column, cell.ColumnSpan).Any(c => coveredBy[r, c] is not null))
                {
                    throw new InvalidOperationException($"{Id} row {r + 1}: “{cell.Text}” spans beyond the grid or over a merged cell");
                }

                for (var down = 1; down < cell.RowSpan; down++)
                {
                    for (var across = 0; across < cell.ColumnSpan; across++)
                    {
                        coveredBy[r + down, column + across] = cell;
                    }
                }

                row.Add(new PlacedCell(cell, column, Continued: false));
                column += cell.ColumnSpan;
            }

            if (column != Columns || next != Rows[r].Count)
            {
                throw new InvalidOperationException($"{Id} row {r + 1}: cells do not fill exactly {Columns} grid columns");
            }

            placed.Add(row);
        }

        return placed;
    }
}
