using OpenGov.Reporting.Domain.Template;

namespace OpenGov.Reporting.Domain.Reports;

/// <summary>
/// What a report says: the three tables and the three prose sections. The same shape for a generated report, an edited
/// draft, an imported past report and the county roll-up, so all are checked by the same rules.
/// </summary>
public sealed record ReportContent(
    ProactiveFigures Proactive,
    IReadOnlyList<ApplicationRowFigures> Applications,
    IReadOnlyList<int> Remedies,
    ReportTexts Texts,
    decimal ProcessingFeesYuan)
{
    public const int ApplicationColumns = 7;
    public const int RemedyCells = 15;

    /// <summary>The cells of one table-三 row (six applicant columns then 总计); zeros for a row that is missing.</summary>
    public IReadOnlyList<int> Row(string key) =>
        Applications.FirstOrDefault(r => r.Key == key)?.Cells ?? new int[ApplicationColumns];

    public static ReportContent Empty(ReportTexts texts) => new(
        ProactiveFigures.Zero,
        [.. ApplicationTableLabels.Rows.Select(r => new ApplicationRowFigures(r.Key, new int[ApplicationColumns]))],
        new int[RemedyCells],
        texts,
        0);
}

/// <summary>Table 二. 规章 and 行政规范性文件: 本年制发、本年废止、现行有效; then decisions; the fee income in 万元.</summary>
/// <param name="RulesIssued">规章 本年制发件数</param>
/// <param name="RulesRepealed">规章 本年废止件数</param>
/// <param name="RulesInForce">规章 现行有效件数</param>
/// <param name="NormativeIssued">行政规范性文件 本年制发件数</param>
/// <param name="NormativeRepealed">行政规范性文件 本年废止件数</param>
/// <param name="NormativeInForce">行政规范性文件 现行有效件数</param>
/// <param name="Licensing">行政许可 本年处理决定数量</param>
/// <param name="Penalties">行政处罚 本年处理决定数量</param>
/// <param name="Compulsions">行政强制 本年处理决定数量</param>
/// <param name="FeesTenThousandYuan">行政事业性收费 本年收费金额（万元，精确值）</param>
public sealed record ProactiveFigures(
    int RulesIssued, int RulesRepealed, int RulesInForce,
    int NormativeIssued, int NormativeRepealed, int NormativeInForce,
    int Licensing, int Penalties, int Compulsions,
    decimal FeesTenThousandYuan)
{
    public static readonly ProactiveFigures Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static ProactiveFigures operator +(ProactiveFigures a, ProactiveFigures b) => new(
        a.RulesIssued + b.RulesIssued, a.RulesRepealed + b.RulesRepealed, a.RulesInForce + b.RulesInForce,
        a.NormativeIssued + b.NormativeIssued, a.NormativeRepealed + b.NormativeRepealed, a.NormativeInForce + b.NormativeInForce,
        a.Licensing + b.Licensing, a.Penalties + b.Penalties, a.Compulsions + b.Compulsions, a.FeesTenThousandYuan + b.FeesTenThousandYuan);

    /// <summary>The count cells with their row and column labels, for validation and drill-down.</summary>
    public IEnumerable<(string Row, string Column, int Value)> Counts()
    {
        yield return (ProactiveTableLabels.Rules, ProactiveTableLabels.Issued, RulesIssued);
        yield return (ProactiveTableLabels.Rules, ProactiveTableLabels.Repealed, RulesRepealed);
        yield return (ProactiveTableLabels.Rules, ProactiveTableLabels.InForce, RulesInForce);
        yield return (ProactiveTableLabels.NormativeDocuments, ProactiveTableLabels.Issued, NormativeIssued);
        yield return (ProactiveTableLabels.NormativeDocuments, ProactiveTableLabels.Repealed, NormativeRepealed);
        yield return (ProactiveTableLabels.NormativeDocuments, ProactiveTableLabels.InForce, NormativeInForce);
        yield return (ProactiveTableLabels.Licensing, ProactiveTableLabels.Decisions, Licensing);
        yield return (ProactiveTableLabels.Penalty, ProactiveTableLabels.Decisions, Penalties);
        yield return (ProactiveTableLabels.Compulsion, ProactiveTableLabels.Decisions, Compulsions);
    }
}

/// <summary>One body row of table 三: six applicant columns then 总计 (stored, so an imported report's own total is checked).</summary>
/// <param name="Key">行键（如 NewReceived、Refused.StateSecret）</param>
/// <param name="Cells">自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计</param>
public sealed record ApplicationRowFigures(string Key, IReadOnlyList<int> Cells);

/// <summary>The prose sections; 六 always carries the 信息处理费 sentence in a generated draft.</summary>
/// <param name="Opening">开头段（法律依据、统计期限、电子版地址、联系方式）</param>
/// <param name="Overview">一、总体情况</param>
/// <param name="Problems">五、存在的主要问题及改进情况</param>
/// <param name="Other">六、其他需要报告的事项</param>
public sealed record ReportTexts(string Opening, string Overview, string Problems, string Other);
