using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Organization;

namespace OpenGov.IntegrationTests.Reporting;

/// <summary>Shortcuts through the real Reporting API, and readers of the report JSON.</summary>
internal static class ReportingApi
{
    public const string Reports = "/api/reporting/annual-reports";

    public static string ReportUrl(JsonObject report) => $"{Reports}/{report["id"]}";

    public static int ReportVersion(JsonObject report) => report["version"]!.GetValue<int>();

    public static string Status(JsonObject report) => report["status"]!.GetValue<string>();

    public static Task<HttpResponseMessage> PostCreateAsync(HttpClient staff, int year, Guid unitId) =>
        staff.PostAsync(Reports, OrgApi.JsonContent(new { year, unitId }));

    public static async Task<JsonObject> CreateAsync(HttpClient staff, int year, Guid unitId) =>
        await ReadAsync(await PostCreateAsync(staff, year, unitId), HttpStatusCode.Created);

    public static async Task<JsonObject> CountyAsync(HttpClient admin, int year, params Guid[] memberUnitIds) =>
        await ReadAsync(await admin.PostAsync("/api/reporting/county-reports", OrgApi.JsonContent(new { year, memberUnitIds })), HttpStatusCode.Created);

    public static async Task<JsonObject> GetReportAsync(HttpClient staff, JsonObject report) => await ReadAsync(await staff.GetAsync(ReportUrl(report)));

    public static Task<HttpResponseMessage> PostStepAsync(HttpClient staff, JsonObject report, string step, string? reason = null) =>
        staff.PostAsync(ReportUrl(report) + "/status", OrgApi.JsonContent(new { step, reason, version = ReportVersion(report) }));

    public static async Task<JsonObject> StepAsync(HttpClient staff, JsonObject report, string step, string? reason = null) =>
        await ReadAsync(await PostStepAsync(staff, report, step, reason));

    public static Task<HttpResponseMessage> PutTextsAsync(HttpClient staff, JsonObject report, string overview, string problems, string other) =>
        staff.PutAsync(ReportUrl(report) + "/texts", OrgApi.JsonContent(new { overview, problems, other, version = ReportVersion(report) }));

    /// <summary>Draft → submitted by the unit's leader → accepted by the county office → published by the unit's leader.</summary>
    public static async Task<JsonObject> SubmitAcceptPublishAsync(HttpClient leader, HttpClient admin, JsonObject report)
    {
        report = await StepAsync(leader, report, "Submit");
        report = await StepAsync(admin, report, "Accept");
        return await StepAsync(leader, report, "Publish");
    }

    public static async Task<JsonObject> CorrectAsync(HttpClient staff, JsonObject report, string reason) =>
        await ReadAsync(await staff.PostAsync(ReportUrl(report) + "/corrections", OrgApi.JsonContent(new { reason, version = ReportVersion(report) })), HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PutEnforcementAsync(HttpClient client, params object[] rows) =>
        client.PutAsync("/api/reporting/enforcement-figures", OrgApi.JsonContent(new { rows }));

    public static async Task<JsonObject> EnforcementAsync(HttpClient staff, Guid unitId, int year) =>
        await ReadAsync(await staff.GetAsync($"/api/reporting/enforcement-figures/{unitId}/{year}"));

    /// <summary>Uploads a file as <c>file</c> with the given form fields.</summary>
    public static Task<HttpResponseMessage> UploadAsync(HttpClient staff, string url, byte[] file, string fileName, string contentType, IReadOnlyDictionary<string, string>? fields = null)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(part, "file", fileName);
        foreach (var (key, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), key);
        }

        return staff.PostAsync(url, form);
    }

    public static Task<HttpResponseMessage> ImportAsync(HttpClient staff, Guid unitId, int year, byte[] file, string fileName, string contentType, string kind = "Unit") =>
        UploadAsync(staff, Reports + "/import", file, fileName, contentType,
            new Dictionary<string, string> { ["unitId"] = unitId.ToString(), ["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["kind"] = kind });

    public static async Task<JsonObject> ImportJsonAsync(HttpClient staff, Guid unitId, int year, JsonObject content, string kind = "Unit") =>
        await ReadAsync(await ImportAsync(staff, unitId, year, Encoding.UTF8.GetBytes(content.ToJsonString()), "report.json", "application/json", kind), HttpStatusCode.Created);

    /// <summary>A past report's content in the import JSON: the given table-三 rows (others zero), table 二 and 四 as given.</summary>
    public static JsonObject Content(IReadOnlyDictionary<string, int[]> rows, int[]? remedies = null, object? proactive = null, string other = "无收取信息处理费情况。")
    {
        var applications = new JsonArray();
        foreach (var key in RowKeys)
        {
            applications.Add(new JsonObject { ["key"] = key, ["cells"] = new JsonArray([.. (rows.GetValueOrDefault(key) ?? new int[7]).Select(n => (JsonNode)n)]) });
        }

        return new JsonObject
        {
            ["proactive"] = System.Text.Json.JsonSerializer.SerializeToNode(proactive ?? new
            {
                rulesIssued = 0, rulesRepealed = 0, rulesInForce = 0, normativeIssued = 0, normativeRepealed = 0, normativeInForce = 0,
                licensing = 0, penalties = 0, compulsions = 0, feesTenThousandYuan = 0m,
            }),
            ["applications"] = applications,
            ["remedies"] = new JsonArray([.. (remedies ?? new int[15]).Select(n => (JsonNode)n)]),
            ["texts"] = new JsonObject { ["opening"] = "开头", ["overview"] = "总体情况", ["problems"] = "问题", ["other"] = other },
            ["processingFeesYuan"] = 0,
        };
    }

    /// <summary>The 25 body rows of table 三 in template order (annual-report.md §4, our keys).</summary>
    public static readonly string[] RowKeys =
    [
        "NewReceived", "CarriedIn", "Granted", "PartlyGranted",
        "Refused.StateSecret", "Refused.OtherLawForbids", "Refused.Endangers", "Refused.ThirdParty", "Refused.InternalAffairs", "Refused.ProcessInfo",
        "Refused.EnforcementFile", "Refused.QueryMatter", "Unable.NotHeld", "Unable.NeedsCreating", "Unable.Unclear",
        "NotHandled.Petition", "NotHandled.Repeat", "NotHandled.Publication", "NotHandled.Excessive", "NotHandled.ConfirmOrReissue",
        "Other.NoCorrection", "Other.FeeUnpaid", "Other.Other", "TotalHandled", "CarriedOut",
    ];

    /// <summary>The seven cells (six applicant kinds, 总计) of a table-三 row.</summary>
    public static int[] Row(JsonObject report, string key) =>
        [.. report["content"]!["applications"]!.AsArray().Single(r => r!["key"]!.GetValue<string>() == key)!["cells"]!.AsArray().Select(c => c!.GetValue<int>())];

    public static int[] Remedies(JsonObject report) => [.. report["content"]!["remedies"]!.AsArray().Select(c => c!.GetValue<int>())];

    public static JsonObject Proactive(JsonObject report) => report["content"]!["proactive"]!.AsObject();

    public static int Count(JsonObject report, string proactiveField) => Proactive(report)[proactiveField]!.GetValue<int>();

    public static IReadOnlyList<JsonObject> Issues(JsonObject report, string? rule = null) =>
        [.. report["issues"]!.AsArray().Select(i => i!.AsObject()).Where(i => rule is null || i["rule"]!.GetValue<string>() == rule)];

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>A problem response with the expected status and code.</summary>
    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected, string? code = null)
    {
        var problem = await ReadAsync(response, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (code is not null)
        {
            Assert.Equal(code, problem["code"]?.GetValue<string>());
        }

        return problem;
    }
}
