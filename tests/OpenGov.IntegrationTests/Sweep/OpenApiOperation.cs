using System.Text.Json.Nodes;

namespace OpenGov.IntegrationTests.Sweep;

/// <summary>One operation of the OpenAPI document, with what the sweep needs to attack it.</summary>
public sealed record OpenApiOperation(string Method, string PathTemplate, JsonNode Operation, JsonObject Schemas)
{
    public bool IsPublic => Operation["security"] is null;

    public override string ToString() => $"{Method.ToUpperInvariant()} {PathTemplate}";

    public static IReadOnlyList<OpenApiOperation> All(JsonNode document)
    {
        var schemas = document["components"]?["schemas"]?.AsObject() ?? [];
        return document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject()
                .Where(o => o.Key is "get" or "post" or "put" or "delete" or "patch")
                .Select(o => new OpenApiOperation(o.Key, p.Key, o.Value!, schemas)))
            .ToList();
    }

    /// <summary>The path with every parameter replaced by a value of the right type that names nothing that exists.</summary>
    public string UnknownPath()
    {
        var path = PathTemplate;
        foreach (var parameter in Parameters("path"))
        {
            path = path.Replace("{" + parameter.Name + "}", UnknownValue(parameter.Schema), StringComparison.Ordinal);
        }

        return path;
    }

    public IEnumerable<(string Name, JsonNode Schema)> Parameters(string location) =>
        (Operation["parameters"]?.AsArray() ?? [])
        .Where(p => p!["in"]!.GetValue<string>() == location)
        .Select(p => (p!["name"]!.GetValue<string>(), Resolve(p["schema"] ?? new JsonObject())));

    public string? BodyContentType => Operation["requestBody"]?["content"]?.AsObject().Select(c => c.Key).FirstOrDefault();

    /// <summary>Top-level body properties with their resolved schemas.</summary>
    public IReadOnlyList<(string Name, JsonNode Schema)> BodyProperties()
    {
        var content = Operation["requestBody"]?["content"]?.AsObject().FirstOrDefault().Value;
        var schema = content?["schema"] is { } s ? Resolve(s) : null;
        return schema?["properties"]?.AsObject().Select(p => (p.Key, Resolve(p.Value!))).ToList() ?? [];
    }

    public JsonNode Resolve(JsonNode schema)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            return Schemas[reference.Split('/').Last()]!;
        }

        if (schema["allOf"] is JsonArray { Count: > 0 } allOf)
        {
            return Resolve(allOf[0]!);
        }

        return schema;
    }

    public static string TypeOf(JsonNode schema)
    {
        var type = schema["type"];
        return type switch
        {
            JsonValue v => v.GetValue<string>(),
            JsonArray a => a.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
            _ => schema["enum"] is not null ? "string" : schema["properties"] is not null ? "object" : "unknown",
        };
    }

    private static string UnknownValue(JsonNode schema) => (TypeOf(schema), schema["format"]?.GetValue<string>()) switch
    {
        (_, "uuid") => Guid.NewGuid().ToString(),
        ("integer", _) => "999999",
        (_, "date") => "2099-01-01",
        _ => "unknown",
    };
}
