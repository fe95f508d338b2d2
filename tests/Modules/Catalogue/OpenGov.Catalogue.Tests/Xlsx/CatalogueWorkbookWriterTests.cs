using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenGov.Catalogue.Application.Catalogues;
using OpenGov.Catalogue.Contracts;
using OpenGov.Catalogue.Domain.Catalogues;
using OpenGov.Catalogue.Infrastructure.Xlsx;

namespace OpenGov.Catalogue.Tests.Xlsx;

public sealed class CatalogueWorkbookWriterTests
{
    private static CatalogueItemDto Item(int sequence) => new(
        Guid.NewGuid(), sequence, "预决算公开", $"事项{sequence}", "内容", "依据",
        new CatalogueDeadline("信息形成或者变更之日起20个工作日内", true, CatalogueDeadlineTrigger.Formed, null, 20, CatalogueDeadlineUnit.WorkingDays, null),
        "县财政局", [DisclosureChannel.GovernmentWebsite], null, [DisclosureAudience.Public], null, [DisclosureMethod.Proactive], [DisclosureLevel.County]);

    [Fact]
    public async Task Given_a_county_sized_sheet_When_written_Then_every_row_is_there_and_the_file_stays_small()
    {
        // ~94,000 rows is a whole county (CAT-3 export); the writer streams rows instead of building a DOM.
        const int count = 94_000;
        var rows = Enumerable.Range(1, count).Select(i => new CatalogueExportRow("XX县财政局", Item(i))).ToAsyncEnumerable();
        using var file = new MemoryStream();
        await CatalogueWorkbookWriter.WriteAsync(file, [new CatalogueExportSheet("D04", "财政预决算", "全县 财政预决算领域基层政务公开标准目录", rows)], withUnitColumn: true);

        Assert.InRange(file.Length, 1, 60_000_000);
        file.Position = 0;
        using var doc = SpreadsheetDocument.Open(file, false);
        var part = doc.WorkbookPart!.WorksheetParts.Single();
        using var reader = OpenXmlReader.Create(part);
        var rowCount = 0;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                rowCount++;
            }
        }

        Assert.Equal(count + 3, rowCount);
    }

    [Fact]
    public async Task Given_long_or_duplicate_domain_names_When_written_Then_sheet_names_are_valid_and_unique()
    {
        var longName = new string('领', 40);
        using var file = new MemoryStream();
        await CatalogueWorkbookWriter.WriteAsync(
            file,
            [new("D90", longName, "t", AsyncEnumerable.Empty<CatalogueExportRow>()), new("D91", longName, "t", AsyncEnumerable.Empty<CatalogueExportRow>()),
                new("D92", "a/b", "t", AsyncEnumerable.Empty<CatalogueExportRow>())],
            withUnitColumn: false);

        file.Position = 0;
        using var doc = SpreadsheetDocument.Open(file, false);
        var names = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.All(names, n => Assert.InRange(n.Length, 1, 31));
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Equal("a_b", names[2]);
    }
}
