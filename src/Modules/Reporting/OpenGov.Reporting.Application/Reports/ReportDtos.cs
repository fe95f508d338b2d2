using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Validation;

namespace OpenGov.Reporting.Application.Reports;

/// <summary>A report edition with its validation result (the stable JSON schema of the annual report).</summary>
/// <param name="Id">报告编号</param>
/// <param name="UnitId">单位编号</param>
/// <param name="Year">年度</param>
/// <param name="Kind">Unit 单位报告 / County 县人民政府汇总报告</param>
/// <param name="Edition">版本（1 为首次发布，之后为更正版本）</param>
/// <param name="Status">状态</param>
/// <param name="StatusLabel">状态名称</param>
/// <param name="Source">Generated 系统生成 / Imported 导入</param>
/// <param name="Title">标题</param>
/// <param name="OrganName">机关全称</param>
/// <param name="Content">表二、表三、表四和正文</param>
/// <param name="Issues">校验结果：硬性规则（blocking=true，不通过不能发布）和提示</param>
/// <param name="Members">汇总报告纳入的单位</param>
/// <param name="CorrectionReason">更正理由</param>
/// <param name="PreviousEditionId">被更正的版本</param>
/// <param name="ReturnReason">退回理由</param>
/// <param name="DeadlineOn">发布期限</param>
/// <param name="CreatedAt">创建时间</param>
/// <param name="CreatedBy">创建人</param>
/// <param name="SubmittedAt">报送时间</param>
/// <param name="AcceptedAt">审核通过时间</param>
/// <param name="PublishedAt">发布时间</param>
/// <param name="PublishedBy">发布人</param>
/// <param name="Version">版本号（修改时提交）</param>
public sealed record ReportDto(
    Guid Id, Guid UnitId, int Year, ReportKind Kind, int Edition, ReportStatus Status, string StatusLabel, ReportSource Source, string Title,
    string OrganName, ReportContent Content, IReadOnlyList<ReportIssue> Issues, IReadOnlyList<ReportMemberDto> Members,
    string? CorrectionReason, Guid? PreviousEditionId, string? ReturnReason, DateOnly? DeadlineOn, DateTimeOffset CreatedAt, string CreatedBy,
    DateTimeOffset? SubmittedAt, DateTimeOffset? AcceptedAt, DateTimeOffset? PublishedAt, string? PublishedBy, int Version);

/// <param name="UnitId">单位编号</param>
/// <param name="UnitName">单位名称</param>
public sealed record ReportMemberDto(Guid UnitId, string UnitName);

/// <summary>One line of the county office's view of who has reported.</summary>
/// <param name="UnitId">单位编号</param>
/// <param name="UnitName">单位名称</param>
/// <param name="UnitType">单位类型</param>
/// <param name="DeadlineOn">发布期限</param>
/// <param name="ReportId">当前版本</param>
/// <param name="Status">状态（未创建为空）</param>
/// <param name="StatusLabel">状态名称</param>
/// <param name="PublishedAt">发布时间</param>
/// <param name="Late">是否逾期（期限已过仍未发布，或发布晚于期限）</param>
public sealed record ReportProgressDto(
    Guid UnitId, string UnitName, Organization.Contracts.OrganizationUnitType UnitType, DateOnly DeadlineOn, Guid? ReportId, ReportStatus? Status,
    string StatusLabel, DateTimeOffset? PublishedAt, bool Late);

/// <summary>What each member contributed to one cell of a county report.</summary>
/// <param name="Table">表</param>
/// <param name="Row">行</param>
/// <param name="Column">列</param>
/// <param name="Total">汇总值</param>
/// <param name="Contributions">各单位的数</param>
public sealed record DrillDownDto(string Table, string Row, string Column, decimal Total, IReadOnlyList<ContributionDto> Contributions);

/// <param name="UnitId">单位编号</param>
/// <param name="UnitName">单位名称</param>
/// <param name="Value">数值</param>
public sealed record ContributionDto(Guid UnitId, string UnitName, decimal Value);
