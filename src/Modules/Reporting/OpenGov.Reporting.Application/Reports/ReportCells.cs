using OpenGov.BuildingBlocks.Domain;
using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Template;

namespace OpenGov.Reporting.Application.Reports;

/// <summary>Addresses one cell of a report by table, row and column, with its labels.</summary>
internal static class ReportCells
{
    private static readonly Dictionary<string, (string Row, string Column, Func<ProactiveFigures, decimal> Read)> Proactive = new()
    {
        ["RulesIssued"] = (ProactiveTableLabels.Rules, ProactiveTableLabels.Issued, p => p.RulesIssued),
        ["RulesRepealed"] = (ProactiveTableLabels.Rules, ProactiveTableLabels.Repealed, p => p.RulesRepealed),
        ["RulesInForce"] = (ProactiveTableLabels.Rules, ProactiveTableLabels.InForce, p => p.RulesInForce),
        ["NormativeIssued"] = (ProactiveTableLabels.NormativeDocuments, ProactiveTableLabels.Issued, p => p.NormativeIssued),
        ["NormativeRepealed"] = (ProactiveTableLabels.NormativeDocuments, ProactiveTableLabels.Repealed, p => p.NormativeRepealed),
        ["NormativeInForce"] = (ProactiveTableLabels.NormativeDocuments, ProactiveTableLabels.InForce, p => p.NormativeInForce),
        ["Licensing"] = (ProactiveTableLabels.Licensing, ProactiveTableLabels.Decisions, p => p.Licensing),
        ["Penalties"] = (ProactiveTableLabels.Penalty, ProactiveTableLabels.Decisions, p => p.Penalties),
        ["Compulsions"] = (ProactiveTableLabels.Compulsion, ProactiveTableLabels.Decisions, p => p.Compulsions),
        ["FeesTenThousandYuan"] = (ProactiveTableLabels.AdministrativeFees, ProactiveTableLabels.FeeAmount, p => p.FeesTenThousandYuan),
    };

    public static Result<(string Table, string Row, string Column, Func<ReportContent, decimal> Read)> Locate(ReportTable table, string? row, int? column)
    {
        switch (table)
        {
            case ReportTable.Proactive when row is not null && Proactive.TryGetValue(row, out var p):
                return (TemplateLabels.Proactive, p.Row, p.Column, c => p.Read(c.Proactive));
            case ReportTable.Applications when ApplicationTableLabels.Rows.FirstOrDefault(r => r.Key == row) is { } layout
                                               && column is >= 0 and < ReportContent.ApplicationColumns:
                var i = column.Value;
                return (TemplateLabels.Applications, layout.Label, ApplicationTableLabels.Columns[i], c => c.Row(layout.Key)[i]);
            case ReportTable.Remedies when column is >= 0 and < ReportContent.RemedyCells:
                var k = column.Value;
                var group = k < 5 ? RemedyTableLabels.Reconsideration : k < 10 ? RemedyTableLabels.DirectLitigation : RemedyTableLabels.LitigationAfterReconsideration;
                return (TemplateLabels.Remedies, group, RemedyTableLabels.Results[k % 5], c => c.Remedies[k]);
            default:
                return Error.Validation("reporting.cell_unknown",
                    "单元格不存在：表二 row 取 RulesIssued…FeesTenThousandYuan；表三 row 取行键、column 取 0–6；表四 column 取 0–14");
        }
    }
}
