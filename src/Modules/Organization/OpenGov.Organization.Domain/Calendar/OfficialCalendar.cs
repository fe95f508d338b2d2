namespace OpenGov.Organization.Domain.Calendar;

/// <summary>
/// The national notices 2023–2026 shipped with the code, so deadlines work before any administrator
/// has entered data and tests can pin the figures of holidays.md.
/// </summary>
public static class OfficialCalendar
{
    internal const string ResourceName = "OpenGov.Organization.Domain.Calendar.official-calendar.txt";

    // Lazy rather than static initialisers: a broken resource should surface as a readable
    // exception on first use, not as a TypeInitializationException that poisons the whole type.
    private static readonly Lazy<string> LazyRawText = new(ReadResource);
    private static readonly Lazy<CalendarData> LazyData = new(ParseOrThrow);

    public static string RawText => LazyRawText.Value;

    public static CalendarData Data => LazyData.Value;

    private static string ReadResource()
    {
        using var stream = typeof(OfficialCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"程序集中缺少内置的工作日数据资源 {ResourceName}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static CalendarData ParseOrThrow()
    {
        var (data, errors) = CalendarDataParser.Parse(RawText);
        if (data is null)
        {
            var details = string.Join("；", errors.Select(e => $"第{e.LineNumber}行：{e.Message}"));
            throw new InvalidOperationException($"内置的工作日数据有误：{details}");
        }

        return data;
    }
}

/// <summary>Splits the official text into one block per notice, as stored per year.</summary>
public static class OfficialCalendarYears
{
    public static IReadOnlyDictionary<int, string> TextByYear { get; } = Split(OfficialCalendar.RawText);

    public static string TitleOf(int year) => $"国务院办公厅关于{year}年部分节假日安排的通知";

    /// <summary>文号 as holidays.md gives them; 2026's is from secondary sources (unconfirmed).</summary>
    public static string? DocumentNumberOf(int year) => year switch
    {
        2023 => "国办发明电〔2022〕16号",
        2024 => "国办发明电〔2023〕7号",
        2025 => "国办发明电〔2024〕12号",
        2026 => "国办发明电〔2025〕7号",
        _ => null,
    };

    private static Dictionary<int, string> Split(string raw)
    {
        var result = new Dictionary<int, List<string>>();
        List<string>? current = null;
        foreach (var line in raw.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal) && line.Length > 6 && line[6] == ':' && int.TryParse(line.AsSpan(2, 4), out var year))
            {
                current = [];
                result[year] = current;
            }

            if (current is not null && line.Length > 0)
            {
                current.Add(line);
            }
        }

        return result.ToDictionary(r => r.Key, r => string.Join('\n', r.Value) + "\n");
    }
}
