using OpenGov.Reporting.Application.Reports;

namespace OpenGov.Reporting.Infrastructure.Endpoints;

/// <param name="Year">报告年度</param>
/// <param name="UnitId">单位编号</param>
public sealed record CreateReportBody(int? Year, Guid? UnitId);

/// <param name="Year">报告年度</param>
/// <param name="MemberUnitIds">汇总范围（单位编号）；不填为全部启用的单位</param>
public sealed record CreateCountyReportBody(int? Year, IReadOnlyList<Guid>? MemberUnitIds);

/// <param name="Opening">开头段（不填则保留）</param>
/// <param name="Overview">一、总体情况</param>
/// <param name="Problems">五、存在的主要问题及改进情况</param>
/// <param name="Other">六、其他需要报告的事项</param>
/// <param name="Version">版本号</param>
public sealed record ReportTextsBody(string? Opening, string? Overview, string? Problems, string? Other, int? Version);

/// <param name="Step">Submit 报送、Accept 审核通过、Return 退回、Publish 发布</param>
/// <param name="Reason">退回理由</param>
/// <param name="Version">版本号</param>
public sealed record ReportStepBody(ReportStep? Step, string? Reason, int? Version);

/// <param name="Reason">更正理由</param>
/// <param name="Version">版本号</param>
public sealed record CorrectionBody(string? Reason, int? Version);

/// <param name="Version">版本号</param>
public sealed record VersionBody(int? Version);
