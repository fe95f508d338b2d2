using OpenGov.Reporting.Domain.Reports;

namespace OpenGov.Reporting.Tests.Import;

/// <summary>The worked example of annual-report.md §6, with sample figures for tables 二 and 四.</summary>
internal static class WorkedExample
{
    public static readonly IReadOnlyDictionary<string, int[]> Applications = new Dictionary<string, int[]>
    {
        ["NewReceived"] = [5, 1, 0, 0, 0, 0, 6],
        ["CarriedIn"] = [1, 0, 0, 0, 0, 0, 1],
        ["Granted"] = [3, 0, 0, 0, 0, 0, 3],
        ["Unable.NotHeld"] = [2, 1, 0, 0, 0, 0, 3],
        ["TotalHandled"] = [5, 1, 0, 0, 0, 0, 6],
        ["CarriedOut"] = [1, 0, 0, 0, 0, 0, 1],
    };

    public static readonly ProactiveFigures Proactive = new(0, 0, 0, 3, 1, 12, 120, 45, 2, 5949.088667m);

    public static readonly int[] Remedies = [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 1];

    public static object?[] RemedyCells => [.. Remedies.Cast<object?>()];

    public static int[] Expected(string key) => Applications.GetValueOrDefault(key) ?? new int[7];

    public static ReportContent Content() => new(
        Proactive,
        [.. Domain.Template.ApplicationTableLabels.Rows.Select(r => new ApplicationRowFigures(r.Key, Expected(r.Key)))],
        Remedies,
        new ReportTexts("开头", "总体情况", "问题", "2025年，无收取信息处理费情况。"),
        0);
}
