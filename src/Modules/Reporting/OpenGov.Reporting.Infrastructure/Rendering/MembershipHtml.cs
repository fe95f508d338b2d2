using System.Net;
using System.Text;
using OpenGov.Reporting.Application.Reports;

namespace OpenGov.Reporting.Infrastructure.Rendering;

/// <summary>
/// The county report's membership as a printable page: which units' figures the roll-up includes (annual-report.md §7
/// asks for it to be explicit and printable). Kept apart from the report so the report holds only template labels.
/// </summary>
public static class MembershipHtml
{
    public static string Render(ReportDto report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\" /><title>")
            .Append(WebUtility.HtmlEncode(report.Title)).Append("——汇总范围</title>")
            .Append("<style>body{font-family:\"FangSong\",\"仿宋\",serif;max-width:170mm;margin:0 auto;}table{border-collapse:collapse;width:100%;}")
            .Append("th,td{border:1px solid #000;padding:2pt 6pt;}th{font-weight:normal;}</style></head><body>")
            .Append("<h1 style=\"text-align:center;font-size:18pt\">").Append(WebUtility.HtmlEncode(report.Title)).Append("</h1>")
            .Append("<p>汇总范围：以下 ").Append(report.Members.Count).Append(" 个单位的政府信息公开工作情况（版本 ")
            .Append(report.Edition).Append("，").Append(WebUtility.HtmlEncode(report.StatusLabel)).Append("）。</p>")
            .Append("<table><thead><tr><th>序号</th><th>单位名称</th></tr></thead><tbody>");
        var number = 1;
        foreach (var member in report.Members)
        {
            html.Append("<tr><td style=\"text-align:center\">").Append(number++).Append("</td><td>")
                .Append(WebUtility.HtmlEncode(member.UnitName)).Append("</td></tr>");
        }

        return html.Append("</tbody></table></body></html>").ToString();
    }
}
