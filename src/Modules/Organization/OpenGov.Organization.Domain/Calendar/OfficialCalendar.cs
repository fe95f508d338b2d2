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
