namespace OpenGov.Reporting.Infrastructure.Import.Xlsx;

/// <summary>One non-empty cell: its text as shown, and whether Excel stored it as a number.</summary>
internal sealed record GridCell(int Row, int Column, string Text, bool IsNumber);

/// <summary>A merged range (1-based, inclusive).</summary>
internal sealed record MergedRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public bool Contains(int row, int column) =>
        row >= FirstRow && row <= LastRow && column >= FirstColumn && column <= LastColumn;
}

/// <summary>A worksheet read into memory: published tables are a few hundred cells, so DOM-style access is simplest.</summary>
internal sealed class SheetGrid(string name, IReadOnlyList<GridCell> cells, IReadOnlyList<MergedRange> merges)
{
    private readonly Dictionary<(int, int), GridCell> _byPosition = cells.ToDictionary(c => (c.Row, c.Column));

    public string Name { get; } = name;

    public IReadOnlyList<GridCell> Cells { get; } = cells;

    public GridCell? At(int row, int column) => _byPosition.GetValueOrDefault((row, column));

    public IEnumerable<GridCell> RowCells(int row) => Cells.Where(c => c.Row == row).OrderBy(c => c.Column);

    /// <summary>The last column a cell covers: its merge's right edge, or itself when not merged.</summary>
    public int LastColumnOf(GridCell cell) =>
        merges.FirstOrDefault(m => m.FirstRow <= cell.Row && m.LastRow >= cell.Row && m.FirstColumn == cell.Column)?.LastColumn
        ?? cell.Column;

    /// <summary>True when the position is inside a merge but not its top-left cell (Excel keeps no value there).</summary>
    public bool IsCoveredByMerge(int row, int column) =>
        merges.Any(m => m.Contains(row, column) && (m.FirstRow != row || m.FirstColumn != column));
}
