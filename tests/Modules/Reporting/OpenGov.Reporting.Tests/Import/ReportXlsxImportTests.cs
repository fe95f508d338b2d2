using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Template;
using OpenGov.Reporting.Domain.Validation;
using OpenGov.Reporting.Infrastructure.Import;

namespace OpenGov.Reporting.Tests.Import;

public sealed class ReportXlsxImportTests
{
    [Fact]
    public void Layout_2021_on_one_sheet_with_merged_cells_reads_every_cell_of_the_worked_example()
    {
        var sheet = new SheetSpec("Sheet1");
        sheet.Put(1, 1, TemplateLabels.Proactive);
        var next = ReportTables.WriteProactive2021(sheet, 2, WorkedExample.Proactive, merged: true);
        sheet.Put(next + 1, 1, TemplateLabels.Applications);
        next = ReportTables.WriteApplications(sheet, next + 2, ReportTables.Rows2021(WorkedExample.Applications), merged: true);
        sheet.Put(next + 1, 1, TemplateLabels.Remedies);
        ReportTables.WriteRemedies(sheet, next + 2, WorkedExample.RemedyCells, merged: true);

        var result = Import(sheet);

        Assert.Empty(result.Problems);
        var content = Assert.IsType<ReportContent>(result.Content);
        Assert.Equal(WorkedExample.Proactive, content.Proactive);
        AssertWorkedExample(content);
        Assert.Equal(WorkedExample.Remedies, content.Remedies);
        Assert.DoesNotContain(ReportValidator.Validate(content, new ValidationContext()), i => i.Blocking);
        // Only the “prose not imported” note: an exact template copy has no variants to tell about.
        Assert.Single(result.Notes);
    }

    [Fact]
    public void Layout_2021_one_table_per_sheet_without_merges_and_with_inline_strings_reads_the_same()
    {
        var two = new SheetSpec("表二");
        ReportTables.WriteProactive2021(two, 1, WorkedExample.Proactive, merged: false);
        var three = new SheetSpec("表三");
        ReportTables.WriteApplications(three, 3, ReportTables.Rows2021(WorkedExample.Applications), merged: false);
        var four = new SheetSpec("表四");
        ReportTables.WriteRemedies(four, 2, WorkedExample.RemedyCells, merged: false);

        using var file = XlsxBuilder.Build([two, three, four], inlineStrings: true);
        var result = ReportXlsxImport.Read(file);

        Assert.Empty(result.Problems);
        Assert.Equal(WorkedExample.Proactive, result.Content!.Proactive);
        AssertWorkedExample(result.Content);
        Assert.Equal(WorkedExample.Remedies, result.Content.Remedies);
    }

    [Fact]
    public void Layout_2019_maps_the_old_table_two_and_counts_the_single_other_row_under_3_其他()
    {
        var sheet = new SheetSpec("Sheet1");
        var next = ReportTables.WriteProactive2019(sheet, 1);
        var otherRow = new[] { 1, 0, 0, 0, 0, 0, 1 };
        var values = new Dictionary<string, int[]>(WorkedExample.Applications)
        {
            ["NewReceived"] = [6, 1, 0, 0, 0, 0, 7],
            ["TotalHandled"] = [6, 1, 0, 0, 0, 0, 7],
        };
        var tableTop = next + 1;
        next = ReportTables.WriteApplications(sheet, tableTop, ReportTables.Rows2019(values, otherRow), merged: true);
        ReportTables.WriteRemedies(sheet, next + 1, WorkedExample.RemedyCells, merged: true);

        var result = Import(sheet);

        Assert.Empty(result.Problems);
        var content = result.Content!;
        Assert.Equal(new ProactiveFigures(0, 0, 0, 4, 0, 30, 300, 80, 7, 0), content.Proactive);
        Assert.Equal(otherRow, content.Row("Other.Other"));
        Assert.Equal(new int[7], content.Row("Other.NoCorrection"));
        Assert.Equal(new int[7], content.Row("Other.FeeUnpaid"));
        Assert.Equal([6, 1, 0, 0, 0, 0, 7], content.Row("TotalHandled"));
        Assert.Equal([2, 1, 0, 0, 0, 0, 3], content.Row("Unable.NotHeld"));
        // （六）其他处理 is the 21st body row of the old table, after three header rows.
        var otherRowNumber = tableTop + 3 + 20;
        Assert.Contains($"表三 第{otherRowNumber}行“（六）其他处理”为2019年格式的单行，已计入“3.其他”", result.Notes);
        Assert.Contains(result.Notes, n => n.Contains("本年废止件数", StringComparison.Ordinal) && n.Contains("2019年格式", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Contains("没有收费金额，按0计", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Contains("“规范性文件”与模板标签不同，按“行政规范性文件”读取", StringComparison.Ordinal));
        Assert.DoesNotContain(ReportValidator.Validate(content, new ValidationContext()), i => i.Blocking);
    }

    [Fact]
    public void Typos_and_numbering_with_the_enumeration_comma_are_tolerated_and_noted()
    {
        var sheet = new SheetSpec("Sheet1");
        var next = ReportTables.WriteProactive2021(sheet, 1, WorkedExample.Proactive, merged: true, normativeLabel: "规范性文件");
        var rows = ReportTables.Rows2021(WorkedExample.Applications, Misprint);
        var tableTop = next + 1;
        next = ReportTables.WriteApplications(sheet, tableTop, rows, merged: false);
        sheet.Put(next + 1, 1, "四、政府信息公开行政法复议、行政诉讼情况");
        ReportTables.WriteRemedies(sheet, next + 2, WorkedExample.RemedyCells, merged: true);

        var result = Import(sheet);

        Assert.Empty(result.Problems);
        var content = result.Content!;
        Assert.Equal(WorkedExample.Proactive, content.Proactive);
        AssertWorkedExample(content);
        Assert.Equal(WorkedExample.Remedies, content.Remedies);
        Assert.Contains($"表三 第{tableTop + 3 + 5}行“2、其他法律行政止公开”与模板标签不同，按“2.其他法律行政法规禁止公开”读取", result.Notes);
        Assert.Contains($"表三 第{tableTop + 3 + 4}行“1、属于国家秘密”与模板标签不同，按“1.属于国家秘密”读取", result.Notes);
        Assert.Contains($"表三 第{tableTop + 3 + 2}行“( 一 )予以公开”与模板标签不同，按“（一）予以公开”读取", result.Notes);
        Assert.Contains("标题“四、政府信息公开行政法复议、行政诉讼情况”与模板不同，按“四、政府信息公开行政复议、行政诉讼情况”识别", result.Notes);
        Assert.Contains(result.Notes, n => n.Contains("“规范性文件”与模板标签不同", StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_cells_read_as_zero_with_a_note_and_numbers_stored_as_text_are_read()
    {
        var sheet = new SheetSpec("Sheet1");
        var next = ReportTables.WriteProactive2021(sheet, 1, WorkedExample.Proactive, merged: true);
        var rows = ReportTables.Rows2021(WorkedExample.Applications);
        var carriedIn = rows.FindIndex(r => r.C1 == "二、上年结转政府信息公开申请数量");
        rows[carriedIn] = rows[carriedIn] with { Values = ["1", null, null, null, null, null, " １ "] };
        var tableTop = next + 1;
        next = ReportTables.WriteApplications(sheet, tableTop, rows, merged: true);
        ReportTables.WriteRemedies(sheet, next + 1, WorkedExample.RemedyCells, merged: true);

        var result = Import(sheet);

        Assert.Empty(result.Problems);
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], result.Content!.Row("CarriedIn"));
        Assert.Contains($"表三 第{tableTop + 4}行“二、上年结转政府信息公开申请数量”有 5 个空白单元格（商业企业、科研机构、社会公益组织、法律服务机构、其他），按0计", result.Notes);
    }

    [Fact]
    public void A_non_numeric_cell_is_a_problem_naming_table_row_and_column()
    {
        var sheet = new SheetSpec("Sheet1");
        var next = ReportTables.WriteProactive2021(sheet, 1, WorkedExample.Proactive, merged: true);
        var rows = ReportTables.Rows2021(WorkedExample.Applications);
        var granted = rows.FindIndex(r => r.C2 == "（一）予以公开");
        rows[granted] = rows[granted] with { Values = [3, "—", 0, 0, 0, 0, 3] };
        var tableTop = next + 1;
        next = ReportTables.WriteApplications(sheet, tableTop, rows, merged: true);
        ReportTables.WriteRemedies(sheet, next + 1, WorkedExample.RemedyCells, merged: true);

        var result = Import(sheet);

        Assert.Null(result.Content);
        var problem = Assert.Single(result.Problems);
        Assert.Equal($"表三 第{tableTop + 5}行", problem.Location);
        Assert.Equal("“（一）予以公开”的“商业企业”为“—”，不是数字", problem.Message);
    }

    [Fact]
    public void A_sheet_without_table_four_is_a_problem()
    {
        var sheet = new SheetSpec("Sheet1");
        var next = ReportTables.WriteProactive2021(sheet, 1, WorkedExample.Proactive, merged: true);
        ReportTables.WriteApplications(sheet, next + 1, ReportTables.Rows2021(WorkedExample.Applications), merged: true);

        var result = Import(sheet);

        Assert.Null(result.Content);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("表四", problem.Location);
        Assert.Contains(TemplateLabels.Remedies, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_row_of_table_three_is_a_problem()
    {
        var sheet = new SheetSpec("Sheet1");
        var next = ReportTables.WriteProactive2021(sheet, 1, WorkedExample.Proactive, merged: true);
        var rows = ReportTables.Rows2021(WorkedExample.Applications);
        rows.RemoveAll(r => r.C3 == "8.属于行政查询事项");
        next = ReportTables.WriteApplications(sheet, next + 1, rows, merged: true);
        ReportTables.WriteRemedies(sheet, next + 1, WorkedExample.RemedyCells, merged: true);

        var result = Import(sheet);

        Assert.Null(result.Content);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(new ImportProblem("表三", "未找到“8.属于行政查询事项”一行"), problem);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00 })]
    public void Bytes_that_are_not_an_xlsx_are_a_problem_not_an_exception(byte[] bytes)
    {
        var result = ReportXlsxImport.Read(new MemoryStream(bytes));

        Assert.Null(result.Content);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("文件", problem.Location);
        Assert.Contains("不是有效的 xlsx 文件", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_with_no_tables_names_all_three_missing()
    {
        var result = Import(new SheetSpec("Sheet1").Put(1, 1, "无关内容", 12));

        Assert.Null(result.Content);
        Assert.Equal(["表二", "表三", "表四"], result.Problems.Select(p => p.Location));
    }

    private static string Misprint(string label) => label switch
    {
        "2.其他法律行政法规禁止公开" => "2、其他法律行政止公开",
        "（一）予以公开" => "( 一 )予以公开",
        _ => label.Length > 1 && char.IsAsciiDigit(label[0]) && label[1] == '.' ? $"{label[0]}、{label[2..]}" : label,
    };

    private static ImportResult Import(SheetSpec sheet)
    {
        using var file = XlsxBuilder.Build([sheet]);
        return ReportXlsxImport.Read(file);
    }

    private static void AssertWorkedExample(ReportContent content)
    {
        Assert.Equal(ApplicationTableLabels.Rows.Select(r => r.Key), content.Applications.Select(r => r.Key));
        foreach (var layout in ApplicationTableLabels.Rows)
        {
            Assert.True(WorkedExample.Expected(layout.Key).SequenceEqual(content.Row(layout.Key)), $"{layout.Key}: {string.Join(",", content.Row(layout.Key))}");
        }

        Assert.Equal([5, 1, 0, 0, 0, 0, 6], content.Row("NewReceived"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], content.Row("CarriedIn"));
        Assert.Equal([3, 0, 0, 0, 0, 0, 3], content.Row("Granted"));
        Assert.Equal([2, 1, 0, 0, 0, 0, 3], content.Row("Unable.NotHeld"));
        Assert.Equal([5, 1, 0, 0, 0, 0, 6], content.Row("TotalHandled"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], content.Row("CarriedOut"));
    }
}
