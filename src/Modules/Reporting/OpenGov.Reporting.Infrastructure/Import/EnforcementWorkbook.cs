using OpenGov.Reporting.Infrastructure.Import.Xlsx;

namespace OpenGov.Reporting.Infrastructure.Import;

/// <summary>One row of the enforcement-figures spreadsheet, with its Excel row for messages.</summary>
public sealed record EnforcementRow(int ExcelRow, Guid? UnitId, string? UnitName, int? Year, int? Licensing, int? Penalties, int? Compulsions, decimal? FeesYuan);

/// <summary>
/// The enforcement-figures spreadsheet: a header row naming 单位编号 or 单位名称, 年度, 行政许可, 行政处罚, 行政强制 and
/// 行政事业性收费（元）, then one row per unit and year. Every problem is returned at once, keyed <c>rows[Excel row].列名</c>.
/// </summary>
public static class EnforcementWorkbook
{
    public const string UnitIdColumn = "单位编号";
    public const string UnitNameColumn = "单位名称";
    public const string YearColumn = "年度";
    public const string LicensingColumn = "行政许可";
    public const string PenaltiesColumn = "行政处罚";
    public const string CompulsionsColumn = "行政强制";
    public const string FeesColumn = "行政事业性收费（元）";

    private static readonly string[] Required = [YearColumn, LicensingColumn, PenaltiesColumn, CompulsionsColumn, FeesColumn];

    public static (IReadOnlyList<EnforcementRow> Rows, IReadOnlyDictionary<string, string[]> Errors) Read(Stream stream)
    {
        var errors = new Dictionary<string, string[]>();
        var sheets = WorkbookLoader.TryLoad(stream);
        if (sheets is null || sheets.Count == 0)
        {
            errors["file"] = ["文件不是有效的 xlsx 表格"];
            return ([], errors);
        }

        var sheet = sheets[0];
        var headerRow = sheet.Cells.Where(c => Normalize(c.Text) == YearColumn).Select(c => c.Row).DefaultIfEmpty(0).Min();
        var headers = sheet.RowCells(headerRow).ToDictionary(c => Normalize(c.Text), c => c.Column);
        var missing = Required.Where(h => !headers.ContainsKey(Normalize(h))).ToList();
        if (headerRow == 0 || missing.Count > 0 || (!headers.ContainsKey(UnitIdColumn) && !headers.ContainsKey(UnitNameColumn)))
        {
            errors["file"] = [$"表头须包括“单位编号”或“单位名称”，以及{string.Join("、", Required.Select(h => $"“{h}”"))}"];
            return ([], errors);
        }

        var rows = new List<EnforcementRow>();
        var lastRow = sheet.Cells.Select(c => c.Row).DefaultIfEmpty(headerRow).Max();
        for (var r = headerRow + 1; r <= lastRow; r++)
        {
            if (sheet.RowCells(r).All(c => string.IsNullOrWhiteSpace(c.Text)))
            {
                continue;
            }

            string? Text(string column) => headers.TryGetValue(Normalize(column), out var col) ? sheet.At(r, col)?.Text.Trim() : null;
            decimal? Number(string column, bool whole)
            {
                if (!headers.TryGetValue(Normalize(column), out var col))
                {
                    return null;
                }

                var (kind, value) = CellNumber.Read(sheet.At(r, col));
                if (kind != CellNumberKind.Number || value < 0 || (whole && value != decimal.Truncate(value)))
                {
                    errors[$"rows[{r}].{column}"] = [whole ? "须为不小于 0 的整数" : "须为不小于 0 的数"];
                    return null;
                }

                return value;
            }

            Guid? unitId = null;
            if (Text(UnitIdColumn) is { Length: > 0 } idText)
            {
                if (Guid.TryParse(idText, out var parsed))
                {
                    unitId = parsed;
                }
                else
                {
                    errors[$"rows[{r}].{UnitIdColumn}"] = ["单位编号格式不正确"];
                }
            }

            var name = Text(UnitNameColumn);
            if (unitId is null && string.IsNullOrEmpty(name) && !errors.ContainsKey($"rows[{r}].{UnitIdColumn}"))
            {
                errors[$"rows[{r}].{UnitNameColumn}"] = ["请填写单位编号或单位名称"];
            }

            rows.Add(new EnforcementRow(r, unitId, name, (int?)Number(YearColumn, true), (int?)Number(LicensingColumn, true),
                (int?)Number(PenaltiesColumn, true), (int?)Number(CompulsionsColumn, true), Number(FeesColumn, false)));
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors["file"] = ["表格中没有数据行"];
        }

        return (rows, errors);
    }

    private static string Normalize(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace('(', '（').Replace(')', '）');
}
