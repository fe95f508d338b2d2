namespace OpenGov.Reporting.Infrastructure.Import.Xlsx;

/// <summary>Reads the numbers of one table, naming rows as the person importing sees them (“表三 第12行”).</summary>
internal sealed class NumberCells(ImportLog log, string table, SheetGrid sheet, bool manySheets)
{
    public SheetGrid Sheet => sheet;

    public string Where(int row) => manySheets ? $"{table} 第{row}行（工作表“{sheet.Name}”）" : $"{table} 第{row}行";

    /// <summary>Consecutive count cells; blanks read as 0 with one note per row, text is a problem.</summary>
    public int[] Ints(int row, int firstColumn, IReadOnlyList<string> columns, string rowLabel)
    {
        var values = new int[columns.Count];
        var blanks = new List<string>();
        for (var i = 0; i < columns.Count; i++)
        {
            values[i] = Int(row, firstColumn + i, rowLabel, columns[i], blanks);
        }

        NoteBlanks(row, rowLabel, blanks);
        return values;
    }

    public int Int(int row, int column, string rowLabel, string columnLabel)
    {
        var blanks = new List<string>();
        var value = Int(row, column, rowLabel, columnLabel, blanks);
        NoteBlanks(row, rowLabel, blanks);
        return value;
    }

    public decimal Decimal(int row, int column, string rowLabel, string columnLabel)
    {
        var cell = sheet.At(row, column);
        var (kind, value) = CellNumber.Read(cell);
        switch (kind)
        {
            case CellNumberKind.Blank:
                NoteBlanks(row, rowLabel, [columnLabel]);
                return 0;
            case CellNumberKind.NotANumber:
                log.Problem(Where(row), $"“{rowLabel}”的“{columnLabel}”为“{cell!.Text}”，不是数字");
                return 0;
            default:
                return value;
        }
    }

    private int Int(int row, int column, string rowLabel, string columnLabel, List<string> blanks)
    {
        var cell = sheet.At(row, column);
        var (kind, value) = CellNumber.Read(cell);
        if (kind == CellNumberKind.Blank)
        {
            blanks.Add(columnLabel);
            return 0;
        }

        if (kind == CellNumberKind.NotANumber)
        {
            log.Problem(Where(row), $"“{rowLabel}”的“{columnLabel}”为“{cell!.Text}”，不是数字");
            return 0;
        }

        // Negative counts pass through: validation (V5) reports them in the report's own terms.
        if (value != decimal.Truncate(value) || value is > int.MaxValue or < int.MinValue)
        {
            log.Problem(Where(row), $"“{rowLabel}”的“{columnLabel}”为“{cell!.Text}”，应为整数（件数）");
            return 0;
        }

        return (int)value;
    }

    private void NoteBlanks(int row, string rowLabel, IReadOnlyCollection<string> blanks)
    {
        if (blanks.Count > 0)
        {
            log.Note($"{Where(row)}“{rowLabel}”有 {blanks.Count} 个空白单元格（{string.Join("、", blanks)}），按0计");
        }
    }

    /// <summary>Says how a label that differs from the template was read.</summary>
    public void NoteLabel<T>(int row, LabelMatch<T> match)
    {
        if (match.Kind != LabelMatchKind.Exact)
        {
            log.Note($"{Where(row)}“{match.Text}”与模板标签不同，按“{match.Canonical}”读取");
        }
    }
}
