using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Template;
using P = OpenGov.Reporting.Domain.Template.ProactiveTableLabels;

namespace OpenGov.Reporting.Infrastructure.Rendering;

/// <summary>
/// The three template tables (annual-report.md §3–§5) with their merged cells, filled with a report's figures. Both
/// renderers print these, so the spans are written down once; every label comes from <see cref="TemplateLabels"/>' classes.
/// </summary>
internal static class ReportTables
{
    public const string ProactiveId = "table-proactive";
    public const string ApplicationsId = "table-applications";
    public const string RemediesId = "table-remedies";

    /// <summary>Table 二: 4 grid columns × 14 rows.</summary>
    public static LayoutTable Proactive(ProactiveFigures f)
    {
        LayoutCell[] Block(string item) => [Header(item, columns: 4)];
        LayoutCell[] Wide(string label, string value, CellRole role) => [Label(label), new(value, role, ColumnSpan: 3)];

        return new LayoutTable(ProactiveId, 4,
        [
            Block(P.Item1),
            [Header(P.Content), Header(P.Issued), Header(P.Repealed), Header(P.InForce)],
            [Label(P.Rules), Number(f.RulesIssued), Number(f.RulesRepealed), Number(f.RulesInForce)],
            [Label(P.NormativeDocuments), Number(f.NormativeIssued), Number(f.NormativeRepealed), Number(f.NormativeInForce)],
            Block(P.Item5),
            [Header(P.Content), Header(P.Decisions, columns: 3)],
            Wide(P.Licensing, ReportFormat.Count(f.Licensing), CellRole.Number),
            Block(P.Item6),
            [Header(P.Content), Header(P.Decisions, columns: 3)],
            Wide(P.Penalty, ReportFormat.Count(f.Penalties), CellRole.Number),
            Wide(P.Compulsion, ReportFormat.Count(f.Compulsions), CellRole.Number),
            Block(P.Item8),
            [Header(P.Content), Header(P.FeeAmount, columns: 3)],
            Wide(P.AdministrativeFees, ReportFormat.TenThousandYuan(f.FeesTenThousandYuan), CellRole.Number),
        ]);
    }

    /// <summary>Table 三: 10 grid columns × 28 rows (3 header rows, then one row per <see cref="ApplicationTableLabels.Rows"/>).</summary>
    public static LayoutTable Applications(ReportContent content)
    {
        var columns = ApplicationTableLabels.Columns;
        List<IReadOnlyList<LayoutCell>> rows =
        [
            [Header(ApplicationTableLabels.HeaderNote, columns: 3, rows: 3), Header(ApplicationTableLabels.ApplicantGroup, columns: 7)],
            [Header(columns[0], rows: 2), Header(ApplicationTableLabels.OrganizationGroup, columns: 5), Header(columns[6], rows: 2)],
            [.. columns.Skip(1).Take(5).Select(c => Header(c))],
        ];

        foreach (var layout in ApplicationTableLabels.Rows)
        {
            var cells = new List<LayoutCell>();
            if (layout.Column1 is { } first)
            {
                // Alone on its row it spans all three label columns; otherwise it heads the 办理结果 block.
                cells.Add(layout.Column2 is null && layout.Column3 is null ? Label(first, columns: 3)
                    : Label(first, rows: ApplicationTableLabels.ResultsRowSpan));
            }

            if (layout.Column2 is { } second)
            {
                cells.Add(layout.Column3 is null ? Label(second, columns: 2)
                    : Label(second, rows: ApplicationTableLabels.GroupRowSpans.GetValueOrDefault(second, 1)));
            }

            if (layout.Column3 is { } third)
            {
                cells.Add(Label(third));
            }

            var figures = content.Row(layout.Key);
            cells.AddRange(Enumerable.Range(0, ReportContent.ApplicationColumns).Select(i => Number(figures.ElementAtOrDefault(i))));
            rows.Add(cells);
        }

        return new LayoutTable(ApplicationsId, 10, rows, HeaderRows: 3);
    }

    /// <summary>Table 四: 15 grid columns × 4 rows.</summary>
    public static LayoutTable Remedies(IReadOnlyList<int> figures)
    {
        var results = RemedyTableLabels.Results;
        return new LayoutTable(RemediesId, 15,
        [
            [Header(RemedyTableLabels.Reconsideration, columns: 5), Header(RemedyTableLabels.Litigation, columns: 10)],
            [
                .. results.Select(r => Header(r, rows: 2)),
                Header(RemedyTableLabels.DirectLitigation, columns: 5),
                Header(RemedyTableLabels.LitigationAfterReconsideration, columns: 5),
            ],
            [.. results.Concat(results).Select(r => Header(r))],
            [.. Enumerable.Range(0, ReportContent.RemedyCells).Select(i => Number(figures.ElementAtOrDefault(i)))],
        ], HeaderRows: 3);
    }

    private static LayoutCell Header(string text, int columns = 1, int rows = 1) => new(text, CellRole.Header, columns, rows);

    private static LayoutCell Label(string text, int columns = 1, int rows = 1) => new(text, CellRole.Label, columns, rows);

    private static LayoutCell Number(int value) => new(ReportFormat.Count(value), CellRole.Number);
}
