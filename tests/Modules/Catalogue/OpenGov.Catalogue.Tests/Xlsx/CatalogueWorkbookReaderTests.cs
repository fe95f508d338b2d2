using System.IO.Compression;
using System.Text;
using OpenGov.Catalogue.Application.Catalogues;
using OpenGov.Catalogue.Domain.Catalogues;
using OpenGov.Catalogue.Infrastructure.Xlsx;
using static OpenGov.Catalogue.Tests.Xlsx.TestWorkbooks;

namespace OpenGov.Catalogue.Tests.Xlsx;

/// <summary>The reader is the writer's inverse (CAT-3, CAT-4, CAT-5) and refuses every other file with a stable code.</summary>
public sealed class CatalogueWorkbookReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private readonly CatalogueWorkbookReader _reader = new();

    private static IReadOnlyList<CatalogueItemDto> PublishedItems()
    {
        var catalogue = UnitCatalogue.StartFirst(Guid.NewGuid(), Guid.NewGuid(), "D04", Now);
        var result = catalogue.ReplaceItems(
        [
            new(null, "预决算公开", "部门预算", "预算报表及说明", "《中华人民共和国预算法》第十四条", null, "县财政局",
                [DisclosureChannel.GovernmentWebsite, DisclosureChannel.PublicReadingPoint], null,
                [DisclosureAudience.Public], null, [DisclosureMethod.Proactive], [DisclosureLevel.County]),
            new(null, "预决算公开", "惠民补贴资金", "补贴对象、标准、金额", "《预算法》", "信息形成之日起3个工作日内", "县财政局",
                [DisclosureChannel.GovernmentWebsite, DisclosureChannel.NoticeBoard, DisclosureChannel.Other], "乡镇广播、村村响",
                [DisclosureAudience.Public, DisclosureAudience.SpecificGroup], "低保对象",
                [DisclosureMethod.Proactive, DisclosureMethod.OnRequest], [DisclosureLevel.County, DisclosureLevel.Township]),
            new(null, "政府采购", "采购意向", "采购项目、预算金额\n预计采购时间", "《政府采购法》", "实时", "县财政局",
                [DisclosureChannel.Hotline12345, DisclosureChannel.PressConferenceHearing], null,
                [DisclosureAudience.SpecificGroup], "供应商", [DisclosureMethod.OnRequest], [DisclosureLevel.Township]),
        ], null, Now);
        Assert.True(result.IsSuccess);
        return catalogue.ToDto().Items;
    }

    private static async Task<MemoryStream> ExportedAsync(IReadOnlyList<CatalogueItemDto> items, bool withUnitColumn = false)
    {
        var stream = new MemoryStream();
        await CatalogueWorkbookWriter.WriteAsync(
            stream, [new("D04", "财政预决算", "XX县财政局 财政预决算领域基层政务公开标准目录", items.Select(i => new CatalogueExportRow("XX县财政局", i)).ToAsyncEnumerable())],
            withUnitColumn);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public async Task Given_a_workbook_the_writer_produced_When_read_Then_the_same_items_in_the_same_order()
    {
        var items = PublishedItems();
        var read = _reader.Read(await ExportedAsync(items));

        Assert.True(read.IsSuccess, read.Error?.Code);
        Assert.Empty(read.Value.Problems);
        Assert.Equal([4, 5, 6], read.Value.Rows.Select(r => r.RowNumber));
        foreach (var (row, item) in read.Value.Rows.Zip(items))
        {
            var input = row.Item;
            Assert.Null(input.ItemId);
            Assert.Equal(item.FirstLevel, input.FirstLevel);
            Assert.Equal(item.SecondLevel, input.SecondLevel);
            Assert.Equal(item.Content, input.Content);
            Assert.Equal(item.Basis, input.Basis);
            Assert.Equal(item.Deadline.Text, input.Deadline);
            Assert.Equal(item.Subject, input.Subject);
            Assert.Equal(item.Channels, input.Channels);
            Assert.Equal(item.OtherChannel, input.OtherChannel);
            Assert.Equal(item.Audiences, input.Audiences);
            Assert.Equal(item.SpecificGroup, input.SpecificGroup);
            Assert.Equal(item.Methods, input.Methods);
            Assert.Equal(item.Levels, input.Levels);
        }

        // The free text of 其他 may itself hold 、 and still comes back whole.
        Assert.Equal("乡镇广播、村村响", read.Value.Rows[1].Item.OtherChannel);
    }

    [Fact]
    public void Given_the_file_saved_again_by_a_spreadsheet_program_When_read_Then_shared_strings_and_half_width_brackets_are_understood()
    {
        var read = _reader.Read(Build(
        [
            .. Headers,
            Row("部门预算", (7, "政府网站、社区/企事业单位/村公示栏(电子屏)、其他:乡镇广播"), (9, "√(低保对象)"), (13, "✓")),
        ], sharedStrings: true));

        Assert.True(read.IsSuccess, read.Error?.Code);
        Assert.Empty(read.Value.Problems);
        var item = Assert.Single(read.Value.Rows).Item;
        Assert.Equal([DisclosureChannel.GovernmentWebsite, DisclosureChannel.NoticeBoard, DisclosureChannel.Other], item.Channels);
        Assert.Equal("乡镇广播", item.OtherChannel);
        Assert.Equal([DisclosureAudience.Public, DisclosureAudience.SpecificGroup], item.Audiences);
        Assert.Equal("低保对象", item.SpecificGroup);
        Assert.Equal([DisclosureLevel.County, DisclosureLevel.Township], item.Levels);
    }

    [Fact]
    public void Given_three_bad_rows_among_good_ones_When_read_Then_every_problem_with_its_row_and_column()
    {
        var read = _reader.Read(Build(
        [
            .. Headers,
            Row("部门预算", (8, "是")),
            Row("部门决算"),
            Row("三公经费", (7, "政府网站、微信群、抖音")),
            Row("政府采购", (9, "有"), (12, "x")),
            [],
            Row("惠民补贴"),
        ]));

        Assert.True(read.IsSuccess, read.Error?.Code);
        Assert.Equal([4, 5, 6, 7, 9], read.Value.Rows.Select(r => r.RowNumber));
        var problems = read.Value.Problems.Select(p => (p.RowNumber, p.Column)).ToList();
        Assert.Equal([(4, "全社会"), (6, "公开渠道和载体"), (7, "特定群体"), (7, "县级")], problems);
        Assert.Contains("“微信群、抖音”不是官方公开渠道", read.Value.Problems[1].Message);
        Assert.Contains("不能填写“是”", read.Value.Problems[0].Message);
    }

    [Fact]
    public void Given_an_extension_column_When_read_Then_ignored_and_a_row_with_text_only_there_is_no_item()
    {
        var row1 = (string?[])[.. CatalogueTemplate.HeaderRow1, "备注"];
        var read = _reader.Read(Build([Title, row1, CatalogueTemplate.HeaderRow2, [.. Row("部门预算"), "新增"], [null, null, null, null, null, null, null, null, null, null, null, null, null, null, "说明"]]));
        Assert.True(read.IsSuccess, read.Error?.Code);
        Assert.Equal("部门预算", Assert.Single(read.Value.Rows).Item.SecondLevel);
    }

    [Fact]
    public void Given_an_empty_required_cell_When_read_Then_left_empty_for_the_item_rules_to_name()
    {
        var read = _reader.Read(Build([.. Headers, Row("部门预算", (1, " "), (4, null))]));
        var item = Assert.Single(read.Value.Rows).Item;
        Assert.Null(item.FirstLevel);
        Assert.Null(item.Basis);
    }

    public static TheoryData<string, byte[]> NotWorkbooks => new()
    {
        { "random bytes", [.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 251))] },
        { "csv", Encoding.UTF8.GetBytes("序号,一级事项,二级事项\n1,预决算公开,部门预算\n") },
        { "empty file", [] },
        { "zip without a workbook", Zip(("readme.txt", "不是工作簿")) },
        { "zip that only pretends", Zip(("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Broken"), ("xl/workbook.xml", "<")) },
    };

    [Theory]
    [MemberData(nameof(NotWorkbooks))]
    public void Given_a_file_that_is_not_a_workbook_When_read_Then_not_xlsx(string what, byte[] bytes)
    {
        var read = _reader.Read(new MemoryStream(bytes));
        Assert.False(read.IsSuccess, what);
        Assert.Equal(CatalogueImportErrors.NotXlsx, read.Error.Code);
        Assert.True(read.Error.Fields!.ContainsKey("file"));
    }

    [Fact]
    public void Given_wrong_or_missing_headers_When_read_Then_each_wrong_cell_named_with_what_was_expected()
    {
        var row1 = (string?[])CatalogueTemplate.HeaderRow1.Clone();
        row1[4] = "依据";
        var row2 = (string?[])CatalogueTemplate.HeaderRow2.Clone();
        row2[2] = null;
        var read = _reader.Read(Build([Title, row1, row2, Row("部门预算")]));

        Assert.Equal(CatalogueImportErrors.WrongHeaders, read.Error!.Code);
        Assert.Equal(["headers[E2]", "headers[C3]"], read.Error.Fields!.Keys);
        Assert.Equal("E2 应为“公开依据”，实际为“依据”", read.Error.Fields["headers[E2]"][0]);
        Assert.Equal("C3 应为“二级事项”，实际为“”", read.Error.Fields["headers[C3]"][0]);
    }

    [Fact]
    public async Task Given_a_county_export_When_read_Then_refused_as_wrong_headers()
    {
        var read = _reader.Read(await ExportedAsync(PublishedItems(), withUnitColumn: true));
        Assert.Equal(CatalogueImportErrors.WrongHeaders, read.Error!.Code);
        Assert.Contains("填报单位", read.Error.Fields!["headers[O2]"][0]);
    }

    [Fact]
    public void Given_merged_cells_among_the_items_When_read_Then_refused_naming_each_range()
    {
        string[] merges = ["A1:N1", "A2:A3", "B2:C2", "B4:B5", "D6:E6"];
        var read = _reader.Read(Build([.. Headers, Row("部门预算"), Row("部门决算", (1, null)), Row("三公经费")], merges));

        Assert.Equal(CatalogueImportErrors.MergedCells, read.Error!.Code);
        Assert.Equal(["cells[B4:B5]", "cells[D6:E6]"], read.Error.Fields!.Keys);
    }

    [Fact]
    public void Given_more_rows_than_a_catalogue_may_hold_When_read_Then_too_many_rows()
    {
        var rows = Enumerable.Range(1, UnitCatalogue.MaxItems + 1).Select(i => new string?[] { null, null, $"事项{i}" });
        var read = _reader.Read(Build([.. Headers, .. rows]));
        Assert.Equal(CatalogueImportErrors.TooManyRows, read.Error!.Code);
    }

    [Fact]
    public void Given_exactly_the_maximum_rows_When_read_Then_all_read()
    {
        var rows = Enumerable.Range(1, UnitCatalogue.MaxItems).Select(i => new string?[] { null, null, $"事项{i}" });
        var read = _reader.Read(Build([.. Headers, .. rows]));
        Assert.Equal(UnitCatalogue.MaxItems, read.Value.Rows.Count);
    }

    [Fact]
    public async Task Given_an_empty_sheet_or_headers_only_When_read_Then_empty()
    {
        Assert.Equal(CatalogueImportErrors.Empty, _reader.Read(Build([])).Error!.Code);
        Assert.Equal(CatalogueImportErrors.Empty, _reader.Read(Build([[], [], []])).Error!.Code);
        Assert.Equal(CatalogueImportErrors.Empty, _reader.Read(Build(Headers)).Error!.Code);
        Assert.Equal(CatalogueImportErrors.Empty, _reader.Read(await ExportedAsync([])).Error!.Code);
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }
}
