using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Template;

namespace OpenGov.Reporting.Application.Figures;

/// <summary>
/// A first version of the prose from what the modules know (issue 7 point 1): the opening, 一、总体情况 with the usual
/// five sub-headings, a prompt for 五, and 六 with the 信息处理费 sentence always. The unit edits it before submitting.
/// </summary>
internal static class ReportTextProposal
{
    public static ReportTexts For(string organName, int year, ReportContent tables, IReadOnlyList<(string Channel, int Count)> channels,
        (int Proactive, int OnRequest, int Withheld)? formed, string copyLocation)
    {
        var opening = $"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，{organName}编制本报告。" +
                      $"本报告统计期限为{year}年1月1日至{year}年12月31日。本报告电子版可在{copyLocation}查阅。";
        var received = tables.Row(Domain.Template.ApplicationTableLabels.NewReceived)[6];
        var carriedIn = tables.Row(ApplicationTableLabels.CarriedIn)[6];
        var handled = tables.Row(ApplicationTableLabels.TotalHandled)[6];
        var carriedOut = tables.Row(ApplicationTableLabels.CarriedOut)[6];
        var granted = tables.Row("Granted")[6] + tables.Row("PartlyGranted")[6];
        var reviews = tables.Remedies[4];
        var suits = tables.Remedies[9] + tables.Remedies[14];
        var released = channels.Where(c => c.Count > 0).ToList();
        var channelText = released.Count == 0
            ? "本年度未通过平台登记发布政府信息"
            : $"通过{string.Join("、", released.Select(c => $"{c.Channel}{c.Count}条次"))}发布政府信息";
        var p = tables.Proactive;
        var lines = new List<string>
        {
            TemplateLabels.OverviewSubheadings[0],
            $"{year}年，{organName}坚持以公开为常态、不公开为例外，{channelText}；制发行政规范性文件{p.NormativeIssued}件，废止{p.NormativeRepealed}件，现行有效{p.NormativeInForce}件。",
            TemplateLabels.OverviewSubheadings[1],
            $"全年新收政府信息公开申请{received}件，上年结转{carriedIn}件；办结{handled}件，其中予以公开和部分公开{granted}件；结转下年度继续办理{carriedOut}件。" +
            $"因政府信息公开工作被申请行政复议{reviews}件，被提起行政诉讼{suits}件。",
            TemplateLabels.OverviewSubheadings[2],
            formed is { } f
                ? $"本年形成政府信息{f.Proactive + f.OnRequest + f.Withheld}条，其中主动公开{f.Proactive}条、依申请公开{f.OnRequest}条、不予公开{f.Withheld}条，均在起草时确定公开属性，落实保密审查和三审制度。"
                : "本年在起草政府信息时确定公开属性，落实保密审查和三审制度。",
            TemplateLabels.OverviewSubheadings[3],
            "依托政府门户网站政府信息公开专栏和政务新媒体发布政府信息，及时更新政务公开事项标准目录。",
            TemplateLabels.OverviewSubheadings[4],
            "（请补充本年度政务公开工作的组织领导、培训、考核、社会评议和责任追究结果情况。）",
        };
        var problems = "（请写明本年度政府信息公开工作存在的主要问题，以及已经和将要采取的改进措施。）";
        var fee = tables.ProcessingFeesYuan > 0
            ? $"{year}年，{organName}严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费{tables.ProcessingFeesYuan:0.##}元。"
            : $"{year}年，{organName}无收取信息处理费情况。";
        return new ReportTexts(opening, string.Join("\n", lines), problems, fee);
    }
}
