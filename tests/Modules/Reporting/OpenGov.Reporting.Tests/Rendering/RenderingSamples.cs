using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Template;
using OpenGov.Reporting.Infrastructure.Rendering;

namespace OpenGov.Reporting.Tests.Rendering;

/// <summary>Reports to render: every cell a different number, so a figure printed in the wrong cell is caught.</summary>
internal static class RenderingSamples
{
    public const decimal Fee = 12.5m;

    public const string Opening = "根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号要求，编制本报告。\n统计期限为2024年1月1日至2024年12月31日。";
    public const string Overview = "（一）主动公开情况\n全年主动公开政府信息1234条。\n（二）依申请公开情况\n全年新收申请6件。";
    public const string Problems = "一是公开内容不够全面；二是解读不够深入。";
    public const string Other = "2024年，无收取信息处理费情况。";

    /// <summary>Table 三, body row <paramref name="row"/> (0–24), column <paramref name="column"/> (0–6): 100 + 10·row + column.</summary>
    public static int ApplicationCell(int row, int column) => 100 + (10 * row) + column;

    /// <summary>Table 四, cell <paramref name="index"/> (0–14).</summary>
    public static int RemedyCell(int index) => 401 + index;

    public static readonly ProactiveFigures Proactive = new(501, 502, 503, 504, 505, 506, 507, 508, 509, Fee);

    public static ReportContent Distinct(ReportTexts? texts = null) => new(
        Proactive,
        [.. ApplicationTableLabels.Rows.Select((r, i) => new ApplicationRowFigures(r.Key, [.. Enumerable.Range(0, 7).Select(c => ApplicationCell(i, c))]))],
        [.. Enumerable.Range(0, 15).Select(RemedyCell)],
        texts ?? new ReportTexts(Opening, Overview, Problems, Other),
        0m);

    /// <summary>The worked example of annual-report.md §6: rows not given are left out, and must print as zeros.</summary>
    public static ReportContent WorkedExample() => new(
        ProactiveFigures.Zero,
        [
            new("NewReceived", [5, 1, 0, 0, 0, 0, 6]),
            new("CarriedIn", [1, 0, 0, 0, 0, 0, 1]),
            new("Granted", [3, 0, 0, 0, 0, 0, 3]),
            new("Unable.NotHeld", [2, 1, 0, 0, 0, 0, 3]),
            new("TotalHandled", [5, 1, 0, 0, 0, 0, 6]),
            new("CarriedOut", [1, 0, 0, 0, 0, 0, 1]),
        ],
        new int[15],
        new ReportTexts(Opening, Overview, Problems, Other),
        0m);

    public static ReportDocument Document(ReportContent? content = null, int edition = 1, string? reason = null, DateTimeOffset? publishedAt = null) =>
        new("某某县人民政府2024年政府信息公开工作年度报告", 2024, "某某县人民政府", content ?? Distinct(), edition, reason, publishedAt);
}
