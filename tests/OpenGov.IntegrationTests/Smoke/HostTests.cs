using System.Net;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Infrastructure;

namespace OpenGov.IntegrationTests.Smoke;

public sealed class HostTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Given_host_When_reading_openapi_Then_every_operation_is_tagged_and_summarised_in_chinese()
    {
        var document = JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value!)))
            .Where(o => o.Path.StartsWith("/api/", StringComparison.Ordinal))
            .ToList();
        Assert.True(operations.Count >= 30, $"only {operations.Count} operations");
        Assert.All(operations, o =>
        {
            Assert.True(o.Operation["tags"] is JsonArray { Count: > 0 }, $"{o.Method} {o.Path} has no tag");
            var summary = o.Operation["summary"]?.GetValue<string>() ?? "";
            Assert.True(summary.Any(c => c >= '\u4e00' && c <= '\u9fff'), $"{o.Method} {o.Path} has no Chinese summary");
        });

        var scheme = document["components"]!["securitySchemes"]!["oauth2"]!;
        Assert.Equal("/api/auth/token", scheme["flows"]!["password"]!["tokenUrl"]!.GetValue<string>());
        Assert.Equal("/api/auth/token", scheme["flows"]!["clientCredentials"]!["tokenUrl"]!.GetValue<string>());

        var units = document["paths"]!["/api/organization/units"]!["get"]!;
        Assert.NotNull(units["security"]);
        Assert.Null(document["paths"]!["/api/public/organization/units"]!["get"]!["security"]);
    }

    [Fact]
    public async Task Given_schema_docs_When_reading_openapi_Then_fields_are_described_in_chinese()
    {
        var document = JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        var unit = schemas.First(s => s.Key.EndsWith("UnitDto", StringComparison.Ordinal)).Value!;
        Assert.Equal("单位全称，如“XX县财政局”", unit["properties"]!["name"]!["description"]!.GetValue<string>());
        var typeRef = unit["properties"]!["type"]!["$ref"]!.GetValue<string>().Split('/').Last();
        Assert.Contains("CountyDepartment", schemas[typeRef]!["enum"]!.ToJsonString());
    }

    [Fact]
    public async Task Given_body_over_limit_When_posting_Then_413_problem()
    {
        var admin = await AdminAsync();
        var huge = new string('x', 11 * 1024 * 1024);
        var response = await admin.PostAsync("/api/organization/units", new StringContent($"{{\"name\":\"{huge}\"}}", System.Text.Encoding.UTF8, "application/json"));
        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("request.too_large", problem["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_unknown_route_When_called_Then_404_problem()
    {
        var admin = await AdminAsync();
        await ProblemAsync(await admin.GetAsync("/api/organization/nothing-here"), HttpStatusCode.NotFound);
    }
}
