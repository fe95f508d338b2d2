using System.Text.Json;

namespace OpenGov.Reporting.Infrastructure.Import;

/// <summary>Reads JSON values with Chinese problems and notes instead of exceptions; paths name where in the file.</summary>
internal sealed class JsonFields(ImportLog log)
{
    /// <summary>
    /// The known members of an object, by their canonical name; an unknown member is a problem because a misspelt key
    /// would otherwise silently read as zero.
    /// </summary>
    public Dictionary<string, JsonElement>? Object(JsonElement? element, string path, IReadOnlyList<string> known)
    {
        if (element is not { } e || e.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            log.Problem(path, $"“{path}”应为对象");
            return null;
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in e.EnumerateObject())
        {
            // JsonSerializerDefaults.Web reads member names case-insensitively; do the same.
            var name = known.FirstOrDefault(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                log.Problem($"{path}.{property.Name}", $"未知的字段“{property.Name}”");
            }
            else if (!fields.TryAdd(name, property.Value))
            {
                log.Problem($"{path}.{property.Name}", $"字段“{property.Name}”重复出现");
            }
        }

        return fields;
    }

    public int Int(Dictionary<string, JsonElement>? fields, string name, string path)
    {
        var here = $"{path}.{name}";
        if (!TryGet(fields, name, out var e))
        {
            log.Note($"缺少“{here}”，按0计");
            return 0;
        }

        return Int(e, here);
    }

    // Negative numbers are passed through on purpose: the caller's validation (V5) names them in the report's terms.
    public int Int(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Number)
        {
            log.Problem(path, $"“{path}”应为整数");
            return 0;
        }

        if (!e.TryGetInt32(out var value))
        {
            log.Problem(path, $"“{path}”的值 {e.GetRawText()} 不是整数");
        }

        return value;
    }

    public decimal Decimal(Dictionary<string, JsonElement>? fields, string name, string path)
    {
        var here = $"{path}.{name}";
        if (!TryGet(fields, name, out var e))
        {
            log.Note($"缺少“{here}”，按0计");
            return 0;
        }

        if (e.ValueKind != JsonValueKind.Number || !e.TryGetDecimal(out var value))
        {
            log.Problem(here, $"“{here}”应为数字");
            return 0;
        }

        return value;
    }

    public string Text(Dictionary<string, JsonElement>? fields, string name, string path)
    {
        var here = $"{path}.{name}";
        if (!TryGet(fields, name, out var e))
        {
            log.Note($"缺少“{here}”，按空白计");
            return string.Empty;
        }

        if (e.ValueKind != JsonValueKind.String)
        {
            log.Problem(here, $"“{here}”应为字符串");
            return string.Empty;
        }

        return e.GetString() ?? string.Empty;
    }

    /// <summary>An array of exactly <paramref name="count"/> integers.</summary>
    public int[] Ints(JsonElement e, string path, int count)
    {
        var values = new int[count];
        if (e.ValueKind != JsonValueKind.Array)
        {
            log.Problem(path, $"“{path}”应为 {count} 个整数组成的数组");
            return values;
        }

        if (e.GetArrayLength() != count)
        {
            log.Problem(path, $"“{path}”应有 {count} 个数，实有 {e.GetArrayLength()} 个");
            return values;
        }

        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            values[i] = Int(item, $"{path}[{i}]");
            i++;
        }

        return values;
    }

    public static bool TryGet(Dictionary<string, JsonElement>? fields, string name, out JsonElement value)
    {
        value = default;
        return fields is not null && fields.TryGetValue(name, out value) && value.ValueKind != JsonValueKind.Null;
    }
}
