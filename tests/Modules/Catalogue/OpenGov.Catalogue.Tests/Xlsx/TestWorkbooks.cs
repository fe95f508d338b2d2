using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenGov.Catalogue.Application.Catalogues;
using OpenGov.Catalogue.Infrastructure.Xlsx;

namespace OpenGov.Catalogue.Tests.Xlsx;

/// <summary>Hand-made workbooks for the reader's refusals: a grid of texts, optional merges, inline or shared strings.</summary>
internal static class TestWorkbooks
{
    public static string?[] Title => ["XX县财政局 财政预决算领域基层政务公开标准目录"];

    public static string?[][] Headers => [Title, CatalogueTemplate.HeaderRow1, CatalogueTemplate.HeaderRow2];

    /// <summary>A valid data row; change cells by index to break it.</summary>
    public static string?[] Row(string secondLevel, params (int Column, string? Text)[] changes)
    {
        string?[] row = ["1", "预决算公开", secondLevel, "内容", "依据", "", "县财政局", "政府网站", "√", "", "√", "", "√", ""];
        foreach (var (column, text) in changes)
        {
            row[column] = text;
        }

        return row;
    }

    public static MemoryStream Build(IEnumerable<string?[]> rows, string[]? merges = null, bool sharedStrings = false)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var strings = new List<string>();
            var sheetData = new SheetData();
            uint rowIndex = 1;
            foreach (var values in rows)
            {
                var row = new Row { RowIndex = rowIndex };
                for (var i = 0; i < values.Length; i++)
                {
                    if (string.IsNullOrEmpty(values[i]))
                    {
                        continue;
                    }

                    var cell = new Cell { CellReference = CellReferences.ColumnName(i) + rowIndex };
                    if (sharedStrings)
                    {
                        cell.DataType = CellValues.SharedString;
                        cell.CellValue = new CellValue(strings.Count);
                        strings.Add(values[i]!);
                    }
                    else
                    {
                        cell.DataType = CellValues.InlineString;
                        cell.InlineString = new InlineString(new Text(values[i]!));
                    }

                    row.Append(cell);
                }

                sheetData.Append(row);
                rowIndex++;
            }

            var worksheet = new Worksheet(sheetData);
            if (merges is { Length: > 0 })
            {
                worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
            }

            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = worksheet;
            if (sharedStrings)
            {
                workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable =
                    new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))));
            }

            workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = "目录" }));
        }

        stream.Position = 0;
        return stream;
    }
}
