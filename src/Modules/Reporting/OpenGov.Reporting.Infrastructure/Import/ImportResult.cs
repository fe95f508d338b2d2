using OpenGov.Reporting.Domain.Reports;

namespace OpenGov.Reporting.Infrastructure.Import;

/// <summary>
/// The outcome of reading a past report. <see cref="Content"/> is set only when there is no problem; the caller still
/// validates it (V1–V8) and stores it as an imported report, flagged rather than fixed.
/// </summary>
/// <param name="Content">The report's tables and prose, or null when a problem stopped the import.</param>
/// <param name="Problems">What prevents the import (每条给出位置和中文说明).</param>
/// <param name="Notes">Variants that were tolerated and how they were read (中文), for the person importing.</param>
public sealed record ImportResult(ReportContent? Content, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<string> Notes)
{
    /// <summary>True when the file was read into a <see cref="ReportContent"/>.</summary>
    public bool Succeeded => Content is not null;
}

/// <summary>One reason an import failed.</summary>
/// <param name="Location">Where, e.g. “表三 第12行” or a JSON path such as “$.applications[3].cells”.</param>
/// <param name="Message">中文说明.</param>
public sealed record ImportProblem(string Location, string Message);
