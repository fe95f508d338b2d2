using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenGov.Catalogue.Application.Coverage;
using OpenGov.Catalogue.Infrastructure.Xlsx;

namespace OpenGov.Catalogue.Tests.Coverage;

public sealed class CoverageWorkbookWriterTests
{
    [Fact]
    public void Given_a_matrix_of_every_pilot_domain_When_written_Then_headers_are_chinese_columns_run_past_z_and_counts_are_numbers()
    {
        var domains = Enumerable.Range(1, 26).Select(n => new CoverageDomainDto($"D{n:00}", $"领域{n}")).ToList();
        var cells = domains.Select((d, n) => new CoverageCellDto(d.Code, n + 10, n + 5, n, 1)).ToList();
        var matrix = new CoverageMatrixDto("全县", domains, [new CoverageUnitRowDto(Guid.NewGuid(), "XX县财政局", cells)]);

        using var file = new MemoryStream();
        CoverageWorkbookWriter.Write(file, matrix);
        file.Position = 0;
        using var doc = SpreadsheetDocument.Open(file, false);
        var sheet = doc.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var byReference = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        string Text(string reference) => byReference[reference].InlineString?.InnerText ?? "";

        Assert.Equal("全县政务公开目录覆盖情况", Text("A1"));
        Assert.Equal("单位", Text("A2"));
        Assert.Equal("领域1", Text("B2"));
        Assert.Equal(["事项数", "已公开", "逾期"], new[] { Text("B3"), Text("C3"), Text("D3") });
        Assert.Equal("领域26", Text("BY2"));
        Assert.Equal("逾期", Text("CA3"));
        Assert.Equal("XX县财政局", Text("A4"));
        Assert.Equal(CellValues.Number, byReference["BY4"].DataType!.Value);
        Assert.Equal(["35", "30", "25"], new[] { "BY4", "BZ4", "CA4" }.Select(r => byReference[r].CellValue!.Text).ToArray());

        var merges = sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ToList();
        Assert.Contains("A1:CA1", merges);
        Assert.Contains("A2:A3", merges);
        Assert.Contains("BY2:CA2", merges);
    }
}
