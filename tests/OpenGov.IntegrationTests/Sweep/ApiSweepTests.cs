using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OpenGov.IntegrationTests.Infrastructure;

namespace OpenGov.IntegrationTests.Sweep;

/// <summary>
/// Every operation in the OpenAPI document, attacked with what careless or hostile callers send. No
/// answer may be a 5xx, and every error must be application/problem+json. Modules added later are
/// swept without anyone writing a test for them.
/// </summary>
public sealed class ApiSweepTests(PostgresApiFixture fixture) : ApiTest(fixture)
{
    private const int OneMegabyte = 1024 * 1024;
    private readonly List<string> _violations = [];

    [Fact]
    public async Task Given_every_operation_When_attacked_with_bad_input_Then_no_5xx_and_every_error_is_problem_json()
    {
        var document = JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = OpenApiOperation.All(document);
        Assert.NotEmpty(operations);
        var admin = await AdminAsync();
        var anonymous = Anonymous();
        var rootUnitId = await Organization.OrgApi.RootUnitIdAsync(admin);
        var requests = 0;

        foreach (var operation in operations)
        {
            var path = operation.UnknownPath();

            // No token: protected routes answer 401, public ones anything but a failure of ours.
            var unauthenticated = await SendAsync(anonymous, operation, path, BodyFor(operation, "{}"));
            requests++;
            if (!operation.IsPublic && unauthenticated.StatusCode != HttpStatusCode.Unauthorized)
            {
                _violations.Add($"{operation} without a token gave {(int)unauthenticated.StatusCode}, expected 401");
            }

            requests += await AttackAsync(admin, operation, path, rootUnitId);
        }

        Assert.True(requests > operations.Count * 2, $"only {requests} requests were sent");
        Assert.True(_violations.Count == 0, $"{_violations.Count} violations:\n" + string.Join("\n", _violations));
    }

    private async Task<int> AttackAsync(HttpClient client, OpenApiOperation operation, string path, Guid existingId)
    {
        var sent = 0;
        async Task Try(string what, HttpContent? body, string? pathOverride = null)
        {
            sent++;
            await SendAsync(client, operation, pathOverride ?? path, body, what);
        }

        await Try("unknown ids", BodyFor(operation, "{}"));

        if (operation.BodyContentType == "application/json")
        {
            await Try("malformed JSON", JsonBody("{\"name\": "));
            await Try("empty body", new ByteArrayContent([]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });
            await Try("JSON array instead of object", JsonBody("[1,2,3]"));
            await Try("wrong types", JsonBody(WrongTypes(operation).ToJsonString()));
            foreach (var field in TextFields(operation))
            {
                await Try($"1 MB {field}, other text null", JsonBody(Huge(operation, existingId, field, otherText: null).ToJsonString()));
                await Try($"1 MB {field}, other text short", JsonBody(Huge(operation, existingId, field, otherText: "测试").ToJsonString()));
            }
        }
        else if (operation.BodyContentType == "application/x-www-form-urlencoded")
        {
            var huge = new string('x', OneMegabyte);
            await Try("1 MB form values", new FormUrlEncodedContent(operation.BodyProperties().ToDictionary(p => p.Name, _ => huge)));
            await Try("form without fields", new FormUrlEncodedContent([]));
        }

        else if (operation.BodyContentType == "multipart/form-data")
        {
            var fields = operation.BodyProperties();
            await Try("multipart without fields", new MultipartFormDataContent());
            await Try("junk in every field", Multipart(fields, [.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 251))], "abc"));
            await Try("zip that is no workbook in every field", Multipart(fields, EmptyZip(), "1"));
            await Try("1 MB text in every field", Multipart(fields, Encoding.UTF8.GetBytes(new string('长', OneMegabyte / 3)), new string('长', OneMegabyte / 3)));
        }

        foreach (var (name, schema) in operation.Parameters("query"))
        {
            var type = OpenApiOperation.TypeOf(schema);
            if (type is "integer" or "number" or "boolean" || schema["format"] is not null || schema["enum"] is not null || schema["$ref"] is not null)
            {
                await Try($"query {name}=not-a-value", BodyFor(operation, "{}"), $"{path}?{name}=not-a-value%25");
            }
        }

        return sent;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, OpenApiOperation operation, string path, HttpContent? body, string what = "no token")
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method.ToUpperInvariant()), path) { Content = body };
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request);
        }
        catch (Exception ex)
        {
            _violations.Add($"{operation} [{what}] threw {ex.GetType().Name}: {ex.Message}");
            return new HttpResponseMessage(HttpStatusCode.InternalServerError);
        }

        var status = (int)response.StatusCode;
        // SWEEP_TRACE=1 prints every answer, to see what the sweep actually reached.
        if (Environment.GetEnvironmentVariable("SWEEP_TRACE") == "1")
        {
            Console.WriteLine($"SWEEP {operation} [{what}] {status} {Truncate(await response.Content.ReadAsStringAsync())}");
        }

        if (status >= 500)
        {
            _violations.Add($"{operation} [{what}] gave {status}: {Truncate(await response.Content.ReadAsStringAsync())}");
        }
        else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            _violations.Add($"{operation} [{what}] gave {status} with content type '{response.Content.Headers.ContentType?.MediaType}', not application/problem+json");
        }

        return response;
    }

    private static HttpContent? BodyFor(OpenApiOperation operation, string json) => operation.BodyContentType switch
    {
        "application/json" => JsonBody(json),
        "application/x-www-form-urlencoded" => new FormUrlEncodedContent([]),
        _ => null,
    };

    /// <summary>Every binary field gets the bytes as a file, every other field the text.</summary>
    private static MultipartFormDataContent Multipart(IReadOnlyList<(string Name, JsonNode Schema)> fields, byte[] file, string text)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, schema) in fields)
        {
            if (schema["format"]?.GetValue<string>() == "binary")
            {
                content.Add(new ByteArrayContent(file), name, "junk.xlsx");
            }
            else
            {
                content.Add(new StringContent(text), name);
            }
        }

        return content;
    }

    private static byte[] EmptyZip()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
        }

        return stream.ToArray();
    }

    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    private static JsonObject WrongTypes(OpenApiOperation operation)
    {
        var body = new JsonObject();
        foreach (var (name, schema) in operation.BodyProperties())
        {
            body[name] = OpenApiOperation.TypeOf(schema) switch
            {
                "string" => JsonValue.Create(12345),
                "integer" or "number" or "boolean" => JsonValue.Create("abc"),
                "array" => JsonValue.Create("abc"),
                _ => JsonValue.Create(42),
            };
        }

        return body;
    }

    /// <summary>Free-text fields, nested ones as "contact.phone", each of which gets its own oversized request.</summary>
    private static IEnumerable<string> TextFields(OpenApiOperation operation)
    {
        foreach (var (name, schema) in operation.BodyProperties())
        {
            switch (OpenApiOperation.TypeOf(schema))
            {
                case "string" when schema["format"] is null && schema["enum"] is null:
                case "array":
                    yield return name;
                    break;
                case "object":
                    foreach (var nested in schema["properties"]?.AsObject() ?? [])
                    {
                        yield return $"{name}.{nested.Key}";
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// One field 1 MB long and every other field plausible (short text, an existing id, a real enum
    /// value), so the oversized text gets past other errors and reaches handlers and the database.
    /// </summary>
    private static JsonObject Huge(OpenApiOperation operation, Guid existingId, string hugeField, string? otherText)
    {
        var huge = new string('长', OneMegabyte / 3);
        var body = new JsonObject();
        foreach (var (name, schema) in operation.BodyProperties())
        {
            body[name] = Value(schema, name, hugeField, huge, otherText, existingId);
        }

        return body;
    }

    private static JsonNode? Value(JsonNode schema, string path, string hugeField, string huge, string? otherText, Guid existingId)
    {
        var text = path == hugeField ? huge : otherText;
        if (schema["enum"] is JsonArray { Count: > 0 } values)
        {
            return values[^1]!.DeepClone();
        }

        return (OpenApiOperation.TypeOf(schema), schema["format"]?.GetValue<string>()) switch
        {
            (_, "uuid") => JsonValue.Create(existingId),
            (_, "date") => JsonValue.Create("2026-03-09"),
            (_, "date-time") => JsonValue.Create("2026-03-09T08:00:00Z"),
            ("integer" or "number", _) => JsonValue.Create(1),
            ("boolean", _) => JsonValue.Create(true),
            ("string", _) => JsonValue.Create(text),
            ("array", _) => text is null ? null : new JsonArray(JsonValue.Create(text)),
            ("object", _) => new JsonObject((schema["properties"]?.AsObject() ?? []).Select(p =>
                KeyValuePair.Create(p.Key, Value(p.Value!, $"{path}.{p.Key}", hugeField, huge, otherText, existingId)))),
            _ => null,
        };
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
