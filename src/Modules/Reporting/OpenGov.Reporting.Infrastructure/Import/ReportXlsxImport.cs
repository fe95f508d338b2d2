using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Template;
using OpenGov.Reporting.Infrastructure.Import.Xlsx;

namespace OpenGov.Reporting.Infrastructure.Import;

/// <summary>
/// Reads a past report's three tables from an .xlsx — the published tables pasted into Excel, all on one sheet or one
/// per sheet, merged or not, 2021 or 2019 layout. Tables are found by their labels, never by cell address.
/// Never throws for bad input: a file that is not an .xlsx is a problem like any other.
/// </summary>
public static class ReportXlsxImport
{
    private static readonly LabelMatcher<string> Headings = BuildHeadings();

    /// <summary>Reads the workbook; the stream is read to its end and not closed.</summary>
    public static ImportResult Read(Stream xlsx)
    {
        var log = new ImportLog();
        var sheets = WorkbookLoader.TryLoad(xlsx);
        if (sheets is null)
        {
            log.Problem("文件", "不是有效的 xlsx 文件，或文件已损坏；请另存为 Excel 工作簿（.xlsx）后重试");
            return log.Fail();
        }

        NoteHeadings(sheets, log);
        var proactive = ProactiveTableReader.Read(sheets, log);
        var applications = ApplicationTableReader.Read(sheets, log);
        var remedies = RemedyTableReader.Read(sheets, log);
        log.Note("xlsx 只含表二、表三、表四；正文各部分和信息处理费金额（元）没有导入，需另行录入");
        return log.Finish(() => new ReportContent(
            proactive!, applications!, remedies!, new ReportTexts(string.Empty, string.Empty, string.Empty, string.Empty), 0));
    }

    // Headings are not needed to find the tables, but a misspelt one is worth telling the importer about.
    private static void NoteHeadings(IReadOnlyList<SheetGrid> sheets, ImportLog log)
    {
        foreach (var cell in sheets.SelectMany(s => s.Cells).Where(c => !c.IsNumber))
        {
            if (Headings.Match(cell.Text) is { Kind: not LabelMatchKind.Exact } match)
            {
                log.Note($"标题“{match.Text}”与模板不同，按“{match.Canonical}”识别");
            }
        }
    }

    private static LabelMatcher<string> BuildHeadings()
    {
        var matcher = new LabelMatcher<string>();
        foreach (var heading in TemplateLabels.SectionHeadings)
        {
            matcher.Add(heading, heading);
        }

        // annual-report.md §6 (typo in a published report) and §8 (the 2019 heading of 五).
        matcher.AddVariant("四、政府信息公开行政法复议、行政诉讼情况", TemplateLabels.Remedies, TemplateLabels.Remedies);
        return matcher.AddVariant("五、政府信息公开工作存在的主要问题及改进情况", TemplateLabels.Problems, TemplateLabels.Problems);
    }
}
