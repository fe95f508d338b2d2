using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>
/// The import's 400s. File-level problems carry the field <c>file</c> (or <c>headers[D2]</c>, <c>cells[A5:B5]</c>);
/// row problems carry <c>rows[{Excel row}].{column header}</c>, e.g. <c>rows[12].二级事项</c>, so a client can point
/// at the very cell.
/// </summary>
internal static class CatalogueImportErrors
{
    public const string NotXlsx = "catalogue.import.not_xlsx";
    public const string WrongHeaders = "catalogue.import.wrong_headers";
    public const string MergedCells = "catalogue.import.merged_cells";
    public const string TooManyRows = "catalogue.import.too_many_rows";
    public const string Empty = "catalogue.import.empty";
    public const string InvalidRows = "catalogue.import.invalid_rows";
    public const string FileRequired = "catalogue.import.file_required";
    public const string TooLarge = "catalogue.import.too_large";

    public const string FileField = "file";

    public static string RowField(int rowNumber, string column) => $"rows[{rowNumber}].{column}";

    public static Error File(string code, string message) => Error.Field(code, FileField, message);

    /// <summary>File-level errors that each name a place in the sheet (a header cell, a merged range).</summary>
    public static Error Places(string code, string message, IEnumerable<(string Field, string Message)> places) => new(
        code, message, ErrorKind.Validation,
        places.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));

    /// <summary>Every problem of every row at once, in row and column order; nothing was imported.</summary>
    public static Error Rows(IEnumerable<ImportCellProblem> problems, IReadOnlyDictionary<string, string[]>? other = null)
    {
        var fields = problems
            .OrderBy(p => p.RowNumber).ThenBy(p => ColumnOrder(p.Column))
            .GroupBy(p => RowField(p.RowNumber, p.Column))
            .ToDictionary(g => g.Key, g => g.Select(p => $"第 {p.RowNumber} 行“{p.Column}”：{p.Message}").Distinct().ToArray());
        foreach (var (key, messages) in other ?? new Dictionary<string, string[]>())
        {
            fields[key] = messages;
        }

        var rows = problems.Select(p => p.RowNumber).Distinct().Count();
        return new Error(InvalidRows, $"导入文件有 {rows} 行有误，未导入任何事项；请按提示修改后重新导入", ErrorKind.Validation, fields);
    }

    private static int ColumnOrder(string column)
    {
        for (var i = 0; i < CatalogueTemplate.ColumnCount; i++)
        {
            if (CatalogueTemplate.HeaderRow1[i] == column || CatalogueTemplate.HeaderRow2[i] == column)
            {
                return i;
            }
        }

        return CatalogueTemplate.ColumnCount;
    }
}
