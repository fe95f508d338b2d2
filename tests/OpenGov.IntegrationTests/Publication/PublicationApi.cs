using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Catalogue;
using OpenGov.IntegrationTests.Organization;

namespace OpenGov.IntegrationTests.Publication;

/// <summary>A unit with the people the default review plan needs, and shortcuts through the real API.</summary>
internal sealed record PublicationUnit(Guid UnitId, HttpClient Editor, HttpClient Reviewer, HttpClient Leader);

internal static class PublicationApi
{
    public static object Document(
        string title, string attribute = "PublishInFull", string[]? grounds = null, string? reason = null, string body = "<p>正文内容</p>",
        string? redactedBody = null, string formedOn = "2026-11-20", Guid[]? catalogueItemIds = null, string kind = "Ordinary") => new
    {
        title,
        documentNumber = "测政办发〔2026〕1号",
        formedOn,
        subjectCategory = "综合政务",
        fiveDisclosure = "Decision",
        kind,
        attribute,
        grounds = grounds ?? [],
        attributeReason = reason,
        body,
        redactedBody,
        catalogueItemIds = catalogueItemIds ?? [],
    };

    public static async Task<PublicationUnit> UnitAsync(HttpClient admin, Func<string, string, Task<HttpClient>> signIn, string name = "测试县财政局", string prefix = "fin")
    {
        var unitId = (await OrgApi.CreateUnitAsync(admin, name))["id"]!.GetValue<Guid>();
        var (_, editorPassword) = await OrgApi.CreateUserAsync(admin, prefix + "-editor", unitId, "Editor");
        var (_, reviewerPassword) = await OrgApi.CreateUserAsync(admin, prefix + "-reviewer", unitId, "Reviewer");
        var (_, leaderPassword) = await OrgApi.CreateUserAsync(admin, prefix + "-leader", unitId, "Leader", "UnitAdmin");
        return new PublicationUnit(
            unitId, await signIn(prefix + "-editor", editorPassword), await signIn(prefix + "-reviewer", reviewerPassword), await signIn(prefix + "-leader", leaderPassword));
    }

    public static Task<JsonObject> DraftAsync(PublicationUnit unit, object document, HttpStatusCode expected = HttpStatusCode.Created) =>
        CatalogueApi.SendAsync(unit.Editor, HttpMethod.Post, $"/api/publication/units/{unit.UnitId}/records", document, expected);

    public static string Url(JsonObject record) => $"/api/publication/records/{record["id"]}";

    public static int Version(JsonObject record) => record["version"]!.GetValue<int>();

    public static Task<JsonObject> SubmitAsync(PublicationUnit unit, JsonObject record) =>
        CatalogueApi.SendAsync(unit.Editor, HttpMethod.Post, Url(record) + "/submit", new { version = Version(record) });

    public static Task<JsonObject> DecideAsync(HttpClient reviewer, JsonObject record, string stage, bool approve = true, string? opinion = null,
        HttpStatusCode expected = HttpStatusCode.OK) =>
        CatalogueApi.SendAsync(reviewer, HttpMethod.Post, Url(record) + "/review", new { stage, approve, opinion, version = Version(record) }, expected);

    /// <summary>保密审查 → 初审 → 复审 → 终审 with the default roles.</summary>
    public static async Task<JsonObject> ReviewAllAsync(PublicationUnit unit, JsonObject record)
    {
        record = await SubmitAsync(unit, record);
        record = await DecideAsync(unit.Reviewer, record, "Confidentiality");
        record = await DecideAsync(unit.Editor, record, "First");
        record = await DecideAsync(unit.Reviewer, record, "Second");
        return await DecideAsync(unit.Leader, record, "Final");
    }

    public static Task<JsonObject> PublishAsync(PublicationUnit unit, JsonObject record, HttpStatusCode expected = HttpStatusCode.OK) =>
        CatalogueApi.SendAsync(unit.Editor, HttpMethod.Post, Url(record) + "/publish", new { channels = new[] { "Portal", "Gazette" }, version = Version(record) }, expected);

    public static async Task<JsonObject> DraftReviewPublishAsync(PublicationUnit unit, object document) =>
        await PublishAsync(unit, await ReviewAllAsync(unit, await DraftAsync(unit, document)));
}
