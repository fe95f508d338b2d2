using System.Text;
using System.Text.Json;
using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Template;
using OpenGov.Reporting.Domain.Validation;
using OpenGov.Reporting.Infrastructure.Import;

namespace OpenGov.Reporting.Tests.Import;

public sealed class ReportJsonImportTests
{
    [Fact]
    public void Content_serialized_with_the_options_reads_back_cell_by_cell()
    {
        var json = JsonSerializer.Serialize(WorkedExample.Content(), ReportJsonImport.Options);

        var result = Read(json);

        Assert.Empty(result.Problems);
        Assert.Empty(result.Notes);
        var content = result.Content!;
        Assert.Equal(WorkedExample.Proactive, content.Proactive);
        foreach (var layout in ApplicationTableLabels.Rows)
        {
            Assert.Equal(WorkedExample.Expected(layout.Key), content.Row(layout.Key));
        }

        Assert.Equal(WorkedExample.Remedies, content.Remedies);
        Assert.Equal("2025年，无收取信息处理费情况。", content.Texts.Other);
        Assert.DoesNotContain(ReportValidator.Validate(content, new ValidationContext()), i => i.Blocking);
    }

    [Fact]
    public void The_options_produce_the_documented_camelCase_shape()
    {
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(WorkedExample.Content(), ReportJsonImport.Options));
        var root = document.RootElement;

        Assert.Equal(["proactive", "applications", "remedies", "texts", "processingFeesYuan"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(5949.088667m, root.GetProperty("proactive").GetProperty("feesTenThousandYuan").GetDecimal());
        Assert.Equal("NewReceived", root.GetProperty("applications")[0].GetProperty("key").GetString());
        Assert.Equal(7, root.GetProperty("applications")[0].GetProperty("cells").GetArrayLength());
        Assert.Equal(["opening", "overview", "problems", "other"], root.GetProperty("texts").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Missing_rows_read_as_zeros_in_template_order_with_a_note()
    {
        const string json = """
            { "proactive": { "rulesIssued": 0, "rulesRepealed": 0, "rulesInForce": 0, "normativeIssued": 1, "normativeRepealed": 0,
                             "normativeInForce": 5, "licensing": 2, "penalties": 3, "compulsions": 0, "feesTenThousandYuan": 1.5 },
              "applications": [ { "key": "CarriedOut", "cells": [1,0,0,0,0,0,1] }, { "key": "NewReceived", "cells": [1,0,0,0,0,0,1] } ],
              "remedies": [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],
              "texts": { "opening": "", "overview": "", "problems": "", "other": "无。" },
              "processingFeesYuan": 0 }
            """;

        var result = Read(json);

        Assert.Empty(result.Problems);
        var content = result.Content!;
        Assert.Equal(ApplicationTableLabels.Rows.Select(r => r.Key), content.Applications.Select(r => r.Key));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], content.Row("NewReceived"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], content.Row("CarriedOut"));
        Assert.Equal(new int[7], content.Row("Granted"));
        Assert.Equal(1.5m, content.Proactive.FeesTenThousandYuan);
        var note = Assert.Single(result.Notes);
        Assert.StartsWith("表三缺少以下各行，按0计：“二、上年结转政府信息公开申请数量”（CarriedIn）", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_sections_read_as_zero_or_blank_with_notes()
    {
        var result = Read("""{ "remedies": [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0] }""");

        Assert.Empty(result.Problems);
        Assert.Equal(ProactiveFigures.Zero, result.Content!.Proactive);
        Assert.Equal(string.Empty, result.Content.Texts.Overview);
        Assert.Contains("缺少“$.proactive”（表二），全部按0计", result.Notes);
        Assert.Contains("缺少“$.applications”（表三），全部按0计", result.Notes);
        Assert.Contains("缺少“$.texts”（正文），各部分按空白计", result.Notes);
        Assert.Contains("缺少“$.processingFeesYuan”，按0计", result.Notes);
    }

    [Theory]
    [InlineData("{ \"proactive\": ")]
    [InlineData("not json at all")]
    [InlineData("{ \"remedies\": [1,2,] }")]
    public void Malformed_json_is_a_problem_not_an_exception(string json)
    {
        var result = Read(json);

        Assert.Null(result.Content);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("JSON", problem.Location, StringComparison.Ordinal);
        Assert.StartsWith("不是有效的 JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_members_and_unknown_row_keys_are_problems()
    {
        const string json = """
            { "applications": [ { "key": "Refused.Secret", "cells": [0,0,0,0,0,0,0] }, { "key": "Granted", "cells": [0,0,0,0,0,0,0], "note": "x" } ],
              "proactive": { "rulesIssued": 0, "ruleIssued": 1 },
              "remedy": [] }
            """;

        var result = Read(json);

        Assert.Null(result.Content);
        Assert.Contains(new ImportProblem("$.applications[0].key", "未知的行键“Refused.Secret”；应为模板表三的行键之一，如 NewReceived、Refused.StateSecret"), result.Problems);
        Assert.Contains(new ImportProblem("$.applications[1].note", "未知的字段“note”"), result.Problems);
        Assert.Contains(new ImportProblem("$.proactive.ruleIssued", "未知的字段“ruleIssued”"), result.Problems);
        Assert.Contains(new ImportProblem("$.remedy", "未知的字段“remedy”"), result.Problems);
        Assert.Equal(4, result.Problems.Count);
    }

    [Fact]
    public void Negative_numbers_pass_through_and_validation_flags_them()
    {
        var content = WorkedExample.Content() with
        {
            Applications = [.. WorkedExample.Content().Applications.Select(r => r.Key == "Granted" ? r with { Cells = [3, -1, 0, 0, 0, 0, 2] } : r)],
            Remedies = [-1, 0, 0, 0, -1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 1],
        };

        var result = Read(JsonSerializer.Serialize(content, ReportJsonImport.Options));

        Assert.Empty(result.Problems);
        Assert.Equal([3, -1, 0, 0, 0, 0, 2], result.Content!.Row("Granted"));
        Assert.Equal(-1, result.Content.Remedies[0]);
        var issues = ReportValidator.Validate(result.Content, new ValidationContext());
        Assert.Contains(issues, i => i is { Rule: "V5", Blocking: true, Row: "（一）予以公开", Column: "商业企业" });
        Assert.Contains(issues, i => i is { Rule: "V5", Blocking: true, Table: TemplateLabels.Remedies });
    }

    [Fact]
    public void Wrong_cell_counts_fractions_strings_and_duplicate_rows_are_problems()
    {
        const string json = """
            { "applications": [ { "key": "Granted", "cells": [0,0,0,0,0,0] },
                                { "key": "CarriedIn", "cells": [0,0.5,0,0,0,0,0] },
                                { "key": "CarriedOut", "cells": [0,0,0,0,0,0,0] },
                                { "key": "CarriedOut", "cells": [0,0,0,0,0,0,0] } ],
              "remedies": [0,0,0,0,0,0,0,0,0,0,0,0,0,0,"1"],
              "processingFeesYuan": "12" }
            """;

        var result = Read(json);

        Assert.Null(result.Content);
        Assert.Equal(
        [
            new ImportProblem("$.applications[0].cells", "“$.applications[0].cells”应有 7 个数，实有 6 个"),
            new ImportProblem("$.applications[1].cells[1]", "“$.applications[1].cells[1]”的值 0.5 不是整数"),
            new ImportProblem("$.applications[3].key", "行键“CarriedOut”（四、结转下年度继续办理）重复出现"),
            new ImportProblem("$.remedies[14]", "“$.remedies[14]”应为整数"),
            new ImportProblem("$.processingFeesYuan", "“$.processingFeesYuan”应为数字"),
        ], result.Problems);
    }

    [Fact]
    public void A_top_level_array_is_a_problem()
    {
        var result = Read("[1, 2, 3]");

        Assert.Null(result.Content);
        Assert.Equal("$", Assert.Single(result.Problems).Location);
    }

    private static ImportResult Read(string json) => ReportJsonImport.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
}
