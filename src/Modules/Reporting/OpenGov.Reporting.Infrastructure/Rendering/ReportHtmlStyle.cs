namespace OpenGov.Reporting.Infrastructure.Rendering;

/// <summary>The page's CSS: A4, 仿宋 body, 宋体 tables with full borders, rows kept whole across pages.</summary>
internal static class ReportHtmlStyle
{
    // Written into a <style> element through XML, which would encode '>' and '&': no child selectors, no entities.
    public const string Css = """

        @page { size: A4; margin: 25mm 20mm; }
        body { font-family: "FangSong", "仿宋", "STFangsong", serif; font-size: 16pt; line-height: 1.75; color: #000; background: #fff; max-width: 170mm; margin: 0 auto; padding: 8mm 0; }
        h1 { font-family: "SimSun", "宋体", "STSong", serif; font-size: 22pt; font-weight: bold; text-align: center; line-height: 1.4; margin: 0 0 1em; }
        h2 { font-size: 16pt; font-weight: bold; margin: 1em 0 0.4em; text-indent: 2em; }
        p { margin: 0; text-indent: 2em; text-align: justify; }
        p.correction { margin-bottom: 0.8em; }
        p.signature { text-align: right; text-indent: 0; }
        table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; font-family: "SimSun", "宋体", "STSong", serif; font-size: 10.5pt; line-height: 1.4; }
        th, td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: middle; }
        th { font-weight: normal; text-align: center; }
        td.num { text-align: center; }
        tr { page-break-inside: avoid; break-inside: avoid; }
        @media print { body { max-width: none; padding: 0; } }

        """;
}
