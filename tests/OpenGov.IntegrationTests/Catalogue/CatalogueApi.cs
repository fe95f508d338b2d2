using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Infrastructure;
using OpenGov.IntegrationTests.Organization;

namespace OpenGov.IntegrationTests.Catalogue;

/// <summary>Shortcuts for catalogue tests through the real API.</summary>
internal static class CatalogueApi
{
    public static string Url(Guid unitId, string domainCode = "D04") => $"/api/catalogue/units/{unitId}/catalogues/{domainCode}";

    public static object Item(string secondLevel, string firstLevel = "预决算公开", string? deadline = null, Guid? itemId = null) => new
    {
        itemId,
        firstLevel,
        secondLevel,
        content = secondLevel + "的全文及说明",
        basis = "《中华人民共和国预算法》第十四条",
        deadline,
        subject = "县财政局",
        channels = new[] { "GovernmentWebsite", "PublicReadingPoint" },
        audiences = new[] { "Public" },
        methods = new[] { "Proactive" },
        levels = new[] { "County" },
    };

    public static async Task<JsonObject> SendAsync(HttpClient client, HttpMethod method, string url, object? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, options: ApiTest.Json) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {url}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public static int VersionOf(JsonObject catalogue) => catalogue["version"]!.GetValue<int>();

    /// <summary>A unit with an editor signed in.</summary>
    public static async Task<(Guid UnitId, HttpClient Editor)> UnitWithEditorAsync(
        HttpClient admin, Func<string, string, Task<HttpClient>> signIn, string unitName = "XX县财政局", string userName = "fin-editor")
    {
        var unit = await OrgApi.CreateUnitAsync(admin, unitName);
        var unitId = unit["id"]!.GetValue<Guid>();
        var (_, password) = await OrgApi.CreateUserAsync(admin, userName, unitId, "Editor");
        return (unitId, await signIn(userName, password));
    }

    /// <summary>Draft → items → submitted → approved → published, returning the published catalogue.</summary>
    public static async Task<JsonObject> PublishAsync(HttpClient admin, HttpClient editor, Guid unitId, string domainCode, params object[] items)
    {
        var url = Url(unitId, domainCode);
        var draft = await SendAsync(editor, HttpMethod.Post, url + "/draft", new { }, HttpStatusCode.Created);
        draft = await SendAsync(editor, HttpMethod.Put, url + "/draft/items", new { items, version = VersionOf(draft) });
        draft = await SendAsync(editor, HttpMethod.Post, url + "/draft/submit", new { version = VersionOf(draft) });
        draft = await SendAsync(admin, HttpMethod.Post, url + "/draft/approve", new { version = VersionOf(draft) });
        return await SendAsync(admin, HttpMethod.Post, url + "/draft/publish", new { version = VersionOf(draft) });
    }
}
