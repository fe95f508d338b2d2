using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using OpenGov.Reporting.Application.Reports;
using OpenGov.Reporting.Infrastructure.Rendering;

namespace OpenGov.Reporting.Infrastructure.Endpoints;

/// <summary>One report, three forms: JSON by default, HTML for <c>Accept: text/html</c>, DOCX for <c>?format=docx</c>.</summary>
internal static class ReportResults
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IResult Negotiate(HttpContext http, ReportDto report, string? format)
    {
        var document = new ReportDocument(report.Title, report.Year, report.OrganName, report.Content, report.Edition, report.CorrectionReason, report.PublishedAt);
        if (string.Equals(format, "docx", StringComparison.OrdinalIgnoreCase))
        {
            var name = report.Edition > 1 ? $"{report.Title}（更正第{report.Edition - 1}版）.docx" : $"{report.Title}.docx";
            return TypedResults.File(ReportDocx.Write(document), DocxType, name);
        }

        if (string.Equals(format, "html", StringComparison.OrdinalIgnoreCase) || PrefersHtml(http.Request))
        {
            return TypedResults.Content(ReportHtml.Render(document), "text/html; charset=utf-8");
        }

        return TypedResults.Ok(report);
    }

    private static bool PrefersHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0)
        {
            return false;
        }

        var html = accept.Where(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(-1).Max();
        var json = accept.Where(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(-1).Max();
        return html > 0 && html >= json;
    }
}
