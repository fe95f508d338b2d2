using System.Text.Json;
using System.Text.Json.Serialization;
using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Template;

namespace OpenGov.Reporting.Infrastructure.Import;

/// <summary>
/// Reads a past report given as JSON: <see cref="ReportContent"/> serialized with <see cref="Options"/> (camelCase).
/// Missing rows and fields read as zero with a note; unknown keys, wrong types and malformed JSON are problems.
/// Never throws for bad input.
/// </summary>
public static class ReportJsonImport
{
    /// <summary>
    /// The schema's serializer settings: web defaults (camelCase, case-insensitive reading), numbers only as numbers,
    /// unknown members rejected. Serializing a <see cref="ReportContent"/> with them produces what <see cref="Read"/> accepts.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    private static readonly string ProactiveName = Name(nameof(ReportContent.Proactive));
    private static readonly string ApplicationsName = Name(nameof(ReportContent.Applications));
    private static readonly string RemediesName = Name(nameof(ReportContent.Remedies));
    private static readonly string TextsName = Name(nameof(ReportContent.Texts));
    private static readonly string FeesName = Name(nameof(ReportContent.ProcessingFeesYuan));
    private static readonly string KeyName = Name(nameof(ApplicationRowFigures.Key));
    private static readonly string CellsName = Name(nameof(ApplicationRowFigures.Cells));

    private static readonly string[] ProactiveCounts =
    [
        .. new[]
        {
            nameof(ProactiveFigures.RulesIssued), nameof(ProactiveFigures.RulesRepealed), nameof(ProactiveFigures.RulesInForce),
            nameof(ProactiveFigures.NormativeIssued), nameof(ProactiveFigures.NormativeRepealed), nameof(ProactiveFigures.NormativeInForce),
            nameof(ProactiveFigures.Licensing), nameof(ProactiveFigures.Penalties), nameof(ProactiveFigures.Compulsions),
        }.Select(Name),
    ];

    private static readonly string ProactiveFeesName = Name(nameof(ProactiveFigures.FeesTenThousandYuan));

    private static readonly string[] TextNames =
    [
        .. new[] { nameof(ReportTexts.Opening), nameof(ReportTexts.Overview), nameof(ReportTexts.Problems), nameof(ReportTexts.Other) }.Select(Name),
    ];

    /// <summary>Reads the JSON; the stream is read to its end and not closed.</summary>
    public static ImportResult Read(Stream json)
    {
        var log = new ImportLog();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"JSON 第{line + 1}行" : "JSON";
            log.Problem(where, $"不是有效的 JSON，无法解析（第{(e.LineNumber ?? 0) + 1}行第{(e.BytePositionInLine ?? 0) + 1}个字节附近）");
            return log.Fail();
        }
        catch (Exception e) when (e is ArgumentException or IOException or NotSupportedException)
        {
            log.Problem("JSON", "无法读取文件内容（不是 UTF-8 文本或文件已损坏）");
            return log.Fail();
        }

        using (document)
        {
            return ReadRoot(document.RootElement, log);
        }
    }

    private static ImportResult ReadRoot(JsonElement root, ImportLog log)
    {
        var json = new JsonFields(log);
        if (root.ValueKind != JsonValueKind.Object)
        {
            log.Problem("$", "JSON 顶层应为对象（含 proactive、applications、remedies、texts、processingFeesYuan）");
            return log.Fail();
        }

        var fields = json.Object(root, "$", [ProactiveName, ApplicationsName, RemediesName, TextsName, FeesName])!;
        var proactive = ReadProactive(json, fields, log);
        var applications = ReadApplications(json, fields, log);
        var remedies = ReadRemedies(json, fields, log);
        var texts = ReadTexts(json, fields, log);
        var fees = json.Decimal(fields, FeesName, "$");
        return log.Finish(() => new ReportContent(proactive, applications, remedies, texts, fees));
    }

    private static ProactiveFigures ReadProactive(JsonFields json, Dictionary<string, JsonElement> root, ImportLog log)
    {
        const string path = "$.proactive";
        if (!JsonFields.TryGet(root, ProactiveName, out var element))
        {
            log.Note("缺少“$.proactive”（表二），全部按0计");
            return ProactiveFigures.Zero;
        }

        var fields = json.Object(element, path, [.. ProactiveCounts, ProactiveFeesName]);
        var n = ProactiveCounts.Select(name => json.Int(fields, name, path)).ToArray();
        var fees = json.Decimal(fields, ProactiveFeesName, path);
        return new ProactiveFigures(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], fees);
    }

    private static IReadOnlyList<ApplicationRowFigures> ReadApplications(JsonFields json, Dictionary<string, JsonElement> root, ImportLog log)
    {
        const string path = "$.applications";
        var found = new Dictionary<string, int[]>(StringComparer.Ordinal);
        if (!JsonFields.TryGet(root, ApplicationsName, out var element))
        {
            log.Note("缺少“$.applications”（表三），全部按0计");
        }
        else if (element.ValueKind != JsonValueKind.Array)
        {
            log.Problem(path, "“$.applications”应为数组，每项为 { key, cells }");
        }
        else
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                ReadRow(json, item, $"{path}[{i++}]", found, log);
            }

            var missing = ApplicationTableLabels.Rows.Where(r => !found.ContainsKey(r.Key)).ToList();
            if (missing.Count > 0 && missing.Count < ApplicationTableLabels.Rows.Count)
            {
                log.Note($"表三缺少以下各行，按0计：{string.Join("、", missing.Select(r => $"“{r.Label}”（{r.Key}）"))}");
            }
            else if (missing.Count > 0)
            {
                log.Note("“$.applications”没有任何行，表三全部按0计");
            }
        }

        // Rows come out in template order whatever order the file used.
        return
        [
            .. ApplicationTableLabels.Rows.Select(r =>
                new ApplicationRowFigures(r.Key, found.GetValueOrDefault(r.Key) ?? new int[ReportContent.ApplicationColumns])),
        ];
    }

    private static void ReadRow(JsonFields json, JsonElement item, string path, Dictionary<string, int[]> found, ImportLog log)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            log.Problem(path, $"“{path}”应为对象 {{ key, cells }}");
            return;
        }

        var fields = json.Object(item, path, [KeyName, CellsName]);

        if (!JsonFields.TryGet(fields, KeyName, out var keyElement) || keyElement.ValueKind != JsonValueKind.String)
        {
            log.Problem($"{path}.key", $"“{path}”缺少行键“key”（字符串）");
            return;
        }

        var key = keyElement.GetString()!;
        var layout = ApplicationTableLabels.Rows.FirstOrDefault(r => r.Key == key);
        if (layout is null)
        {
            log.Problem($"{path}.key", $"未知的行键“{key}”；应为模板表三的行键之一，如 NewReceived、Refused.StateSecret");
            return;
        }

        if (!JsonFields.TryGet(fields, CellsName, out var cells))
        {
            log.Problem($"{path}.cells", $"“{layout.Label}”（{key}）缺少“cells”（7 个整数）");
            return;
        }

        var values = json.Ints(cells, $"{path}.cells", ReportContent.ApplicationColumns);
        if (!found.TryAdd(key, values))
        {
            log.Problem($"{path}.key", $"行键“{key}”（{layout.Label}）重复出现");
        }
    }

    private static IReadOnlyList<int> ReadRemedies(JsonFields json, Dictionary<string, JsonElement> root, ImportLog log)
    {
        if (!JsonFields.TryGet(root, RemediesName, out var element))
        {
            log.Note("缺少“$.remedies”（表四），全部按0计");
            return new int[ReportContent.RemedyCells];
        }

        return json.Ints(element, "$.remedies", ReportContent.RemedyCells);
    }

    private static ReportTexts ReadTexts(JsonFields json, Dictionary<string, JsonElement> root, ImportLog log)
    {
        const string path = "$.texts";
        if (!JsonFields.TryGet(root, TextsName, out var element))
        {
            log.Note("缺少“$.texts”（正文），各部分按空白计");
            return new ReportTexts(string.Empty, string.Empty, string.Empty, string.Empty);
        }

        var fields = json.Object(element, path, TextNames);
        var t = TextNames.Select(name => json.Text(fields, name, path)).ToArray();
        return new ReportTexts(t[0], t[1], t[2], t[3]);
    }

    private static string Name(string member) => Options.PropertyNamingPolicy?.ConvertName(member) ?? member;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // Read accepts numbers only as JSON numbers and rejects unknown members; the options say the same.
            NumberHandling = JsonNumberHandling.Strict,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
