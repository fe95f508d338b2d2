using OpenGov.Reporting.Domain.Reports;

namespace OpenGov.Reporting.Infrastructure.Rendering;

/// <summary>
/// Everything a renderer prints of one report edition, so the HTML and DOCX writers need not know the aggregate's
/// lifecycle (who submitted, accepted…).
/// </summary>
/// <param name="Title">The full title, e.g. 龙游县人民政府2022年政府信息公开工作年度报告.</param>
/// <param name="Year">The year reported on.</param>
/// <param name="OrganName">机关全称, printed again as the signature of a published edition.</param>
/// <param name="Content">The three tables and the prose.</param>
/// <param name="Edition">1 for the first publication; above 1 a correction, printed with its 更正说明.</param>
/// <param name="CorrectionReason">Why this edition corrects the previous one (corrections only).</param>
/// <param name="PublishedAt">When it was published; a draft has none and prints no date.</param>
public sealed record ReportDocument(
    string Title,
    int Year,
    string OrganName,
    ReportContent Content,
    int Edition,
    string? CorrectionReason,
    DateTimeOffset? PublishedAt)
{
    /// <summary>The printable view of one edition of a report.</summary>
    public static ReportDocument From(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Title, report.Year, report.OrganName, report.Content, report.Edition, report.CorrectionReason, report.PublishedAt);
    }
}
