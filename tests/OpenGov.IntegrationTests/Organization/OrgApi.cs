using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Infrastructure;

namespace OpenGov.IntegrationTests.Organization;

/// <summary>Shortcuts for setting up units and people through the real API.</summary>
internal static class OrgApi
{
    public static async Task<Guid> RootUnitIdAsync(HttpClient admin)
    {
        var list = JsonNode.Parse(await admin.GetStringAsync("/api/organization/units?type=CountyGovernment"))!;
        return list["items"]![0]!["id"]!.GetValue<Guid>();
    }

    public static async Task<JsonObject> CreateUnitAsync(HttpClient admin, string name, Guid? parentId = null, string type = "CountyDepartment")
    {
        parentId ??= await RootUnitIdAsync(admin);
        var response = await admin.PostAsync("/api/organization/units", JsonContent(new { name, type, parentId }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    public static async Task<(Guid Id, string Password)> CreateUserAsync(HttpClient admin, string userName, Guid unitId, params string[] roles)
    {
        const string password = "Passw0rd-2026";
        var response = await admin.PostAsync("/api/organization/users", JsonContent(new { userName, displayName = "测试" + userName, unitId, roles, password }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return (JsonNode.Parse(body)!["user"]!["id"]!.GetValue<Guid>(), password);
    }

    public static System.Net.Http.Json.JsonContent JsonContent(object value) => System.Net.Http.Json.JsonContent.Create(value, options: ApiTest.Json);
}
