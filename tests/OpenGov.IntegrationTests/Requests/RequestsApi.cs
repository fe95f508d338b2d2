using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Infrastructure;
using OpenGov.IntegrationTests.Organization;

namespace OpenGov.IntegrationTests.Requests;

/// <summary>A unit with staff who handle its requests: an editor, and a leader who is also unit admin (extension, release).</summary>
internal sealed record RequestUnit(Guid UnitId, HttpClient Editor, HttpClient Leader);

/// <summary>Shortcuts through the real Requests API.</summary>
internal static class RequestsApi
{
    public static async Task<RequestUnit> UnitAsync(HttpClient admin, Func<string, string, Task<HttpClient>> signIn, string name = "测试县财政局", string prefix = "fin") =>
        await StaffAsync(admin, signIn, (await OrgApi.CreateUnitAsync(admin, name))["id"]!.GetValue<Guid>(), prefix);

    /// <summary>An editor and a leader (unit admin) for an existing unit, e.g. the county government itself.</summary>
    public static async Task<RequestUnit> StaffAsync(HttpClient admin, Func<string, string, Task<HttpClient>> signIn, Guid unitId, string prefix)
    {
        var (_, editorPassword) = await OrgApi.CreateUserAsync(admin, prefix + "-editor", unitId, "Editor");
        var (_, leaderPassword) = await OrgApi.CreateUserAsync(admin, prefix + "-leader", unitId, "Leader", "UnitAdmin");
        return new RequestUnit(unitId, await signIn(prefix + "-editor", editorPassword), await signIn(prefix + "-leader", leaderPassword));
    }

    public static object Applicant(string name = "张三", string kind = "NaturalPerson", string identity = "110101199001011234") => new
    {
        kind,
        name,
        identityDocument = identity,
        contactPerson = kind == "NaturalPerson" ? null : "联系人" + name,
        phone = "13800000000",
        address = "测试县人民路1号",
    };

    public static object Registration(string channel, string arrivedOn, string? confirmedOn = null, object? applicant = null, string description = "2025年县财政预算执行情况") => new
    {
        channel,
        arrivedOn,
        confirmedOn,
        applicant = applicant ?? Applicant(),
        informationDescription = description,
        deliveryForm = "Paper",
        deliveryNote = "邮寄",
    };

    public static Task<HttpResponseMessage> PostRegistrationAsync(HttpClient staff, Guid unitId, object registration) =>
        staff.PostAsync($"/api/requests/units/{unitId}", OrgApi.JsonContent(registration));

    public static async Task<JsonObject> RegisterAsync(RequestUnit unit, string channel, string arrivedOn, string? confirmedOn = null, object? applicant = null) =>
        await ReadAsync(await PostRegistrationAsync(unit.Editor, unit.UnitId, Registration(channel, arrivedOn, confirmedOn, applicant)), HttpStatusCode.Created);

    public static string Url(JsonObject request) => $"/api/requests/{request["id"]}";

    public static int Version(JsonObject request) => request["version"]!.GetValue<int>();

    /// <summary>Posts a handling step with the request's current version added to the body.</summary>
    public static Task<HttpResponseMessage> PostStepAsync(HttpClient staff, JsonObject request, string step, object body, HttpMethod? method = null)
    {
        var json = JsonSerializer.SerializeToNode(body, ApiTest.Json)!.AsObject();
        json["version"] ??= Version(request);
        return staff.SendAsync(new HttpRequestMessage(method ?? HttpMethod.Post, Url(request) + step) { Content = OrgApi.JsonContent(json) });
    }

    public static async Task<JsonObject> StepAsync(HttpClient staff, JsonObject request, string step, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await ReadAsync(await PostStepAsync(staff, request, step, body), expected);

    public static Task<JsonObject> DecideAsync(RequestUnit unit, JsonObject request, string outcome, string decidedOn, string? details = "依法作出答复") =>
        StepAsync(unit.Editor, request, "/decision", new { outcome, decidedOn, details });

    public static Task<JsonObject> ReplyAsync(RequestUnit unit, JsonObject request, string repliedOn) =>
        StepAsync(unit.Editor, request, "/reply", new { repliedOn });

    public static async Task<JsonObject> GetAsync(HttpClient staff, JsonObject request) => await ReadAsync(await staff.GetAsync(Url(request)));

    public static string? Text(JsonNode? node) => node?.GetValue<string>();

    /// <summary>Records a 行政复议 or 行政诉讼 case against the unit (table 四).</summary>
    public static async Task<JsonObject> FileRemedyAsync(RequestUnit unit, Guid? requestId, string kind, bool afterReconsideration, string caseNumber, string filedOn,
        HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await unit.Editor.PostAsync("/api/requests/remedy-cases", OrgApi.JsonContent(new
        {
            unitId = unit.UnitId, requestId, kind, afterReconsideration, caseNumber,
            authority = kind == "Reconsideration" ? "测试县人民政府" : "测试县人民法院", filedOn,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    public static async Task ConcludeRemedyAsync(RequestUnit unit, JsonObject remedy, string result, string concludedOn)
    {
        var response = await unit.Editor.PostAsync($"/api/requests/remedy-cases/{remedy["id"]}/result",
            OrgApi.JsonContent(new { result, concludedOn, version = remedy["version"]!.GetValue<int>() }));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}
