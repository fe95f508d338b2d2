namespace OpenGov.Reporting.Domain.Reports;

/// <summary>A unit's own report, or the county government's roll-up of its members (annual-report.md §7).</summary>
public enum ReportKind
{
    /// <summary>单位年度报告（县直部门、乡镇、街道、县政府办公室本级）</summary>
    Unit = 1,

    /// <summary>县人民政府年度报告（汇总）</summary>
    County = 2,
}

/// <summary>RPT lifecycle: draft → submitted → accepted → published; a correction is a new edition.</summary>
public enum ReportStatus
{
    /// <summary>草稿</summary>
    Draft = 1,

    /// <summary>已报送县政府办公室</summary>
    Submitted = 2,

    /// <summary>县政府办公室已审核通过</summary>
    Accepted = 3,

    /// <summary>已公开发布</summary>
    Published = 4,

    /// <summary>已被更正后的新版本取代（仍可查阅）</summary>
    Superseded = 5,
}

/// <summary>Where the figures came from.</summary>
public enum ReportSource
{
    /// <summary>由系统根据各模块记录统计生成</summary>
    Generated = 1,

    /// <summary>导入的历年已发布报告</summary>
    Imported = 2,
}
