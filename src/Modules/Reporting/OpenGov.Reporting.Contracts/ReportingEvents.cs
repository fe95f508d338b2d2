using OpenGov.BuildingBlocks.Application.Messaging;

namespace OpenGov.Reporting.Contracts;

/// <summary>A 政府信息公开工作年度报告 (or a correction of one) was published: assessment and the portal may act on it.</summary>
/// <param name="ReportId">报告编号</param>
/// <param name="UnitId">单位编号</param>
/// <param name="Year">年度</param>
/// <param name="County">是否为县人民政府汇总报告</param>
/// <param name="Edition">版本（大于 1 为更正）</param>
/// <param name="Title">标题</param>
public sealed record AnnualReportPublishedIntegrationEvent(
    Guid ReportId, Guid UnitId, int Year, bool County, int Edition, string Title) : IntegrationEvent;
