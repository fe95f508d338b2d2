using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Application;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Contracts;
using OpenGov.Reporting.Application.Abstractions;
using OpenGov.Reporting.Domain.Reports;

namespace OpenGov.Reporting.Application.Reports;

/// <summary>One edition with its validation result.</summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record GetReportQuery(Guid Id) : IQuery<ReportDto>;

internal sealed class GetReportHandler(IReportingDb db, ICurrentUser user, IMediator mediator, IOptions<ReportingOptions> options)
    : IQueryHandler<GetReportQuery, ReportDto>
{
    public async Task<Result<ReportDto>> Handle(GetReportQuery q, CancellationToken ct)
    {
        var found = await db.VisibleAsync(user, q.Id, null, ct);
        return found.IsSuccess ? await found.Value.ToDtoAsync(db, mediator, options.Value, ct) : found.Error;
    }
}

/// <summary>The current published edition of a unit's (or the county's) report for a year, or a given edition; public.</summary>
[AllowAnonymousRequest]
public sealed record GetPublicReportQuery(int Year, Guid UnitId, int? Edition) : IQuery<ReportDto>;

internal sealed class GetPublicReportHandler(IReportingDb db, IMediator mediator, IOptions<ReportingOptions> options)
    : IQueryHandler<GetPublicReportQuery, ReportDto>
{
    public async Task<Result<ReportDto>> Handle(GetPublicReportQuery q, CancellationToken ct)
    {
        var editions = db.AnnualReports.AsNoTracking()
            .Where(r => r.Year == q.Year && r.UnitId == q.UnitId && (r.Status == ReportStatus.Published || r.Status == ReportStatus.Superseded));
        var report = q.Edition is { } edition
            ? await editions.FirstOrDefaultAsync(r => r.Edition == edition, ct)
            : await editions.OrderByDescending(r => r.Status == ReportStatus.Published).ThenByDescending(r => r.Kind).ThenByDescending(r => r.Edition).FirstOrDefaultAsync(ct);
        return report is null
            ? Error.NotFound("reporting.not_published", "该单位该年度的报告尚未发布")
            : await report.ToDtoAsync(db, mediator, options.Value, ct);
    }
}

/// <summary>Reports of a year (or a unit), every edition, for the county office or the unit.</summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record ListReportsQuery(int? Year, Guid? UnitId) : IQuery<IReadOnlyList<ReportSummaryDto>>;

/// <param name="Id">编号</param>
/// <param name="UnitId">单位</param>
/// <param name="Year">年度</param>
/// <param name="Kind">类型</param>
/// <param name="Edition">版本</param>
/// <param name="Status">状态</param>
/// <param name="Title">标题</param>
/// <param name="PublishedAt">发布时间</param>
public sealed record ReportSummaryDto(Guid Id, Guid UnitId, int Year, ReportKind Kind, int Edition, ReportStatus Status, string Title, DateTimeOffset? PublishedAt);

internal sealed class ListReportsHandler(IReportingDb db, ICurrentUser user) : IQueryHandler<ListReportsQuery, IReadOnlyList<ReportSummaryDto>>
{
    public async Task<Result<IReadOnlyList<ReportSummaryDto>>> Handle(ListReportsQuery q, CancellationToken ct)
    {
        if (!user.TryListScope(q.UnitId, out var unitId))
        {
            return Error.Forbidden("reporting.own_unit_only", "只能查看本单位的年度报告");
        }

        var reports = db.AnnualReports.AsNoTracking();
        if (unitId is { } scope)
        {
            reports = reports.Where(r => r.UnitId == scope);
        }

        if (q.Year is { } year)
        {
            reports = reports.Where(r => r.Year == year);
        }

        var rows = await reports.OrderByDescending(r => r.Year).ThenBy(r => r.OrganName).ThenBy(r => r.Edition)
            .Select(r => new { r.Id, r.UnitId, r.Year, r.Kind, r.Edition, r.Status, r.OrganName, r.PublishedAt })
            .ToListAsync(ct);
        return rows.Select(r => new ReportSummaryDto(r.Id, r.UnitId, r.Year, r.Kind, r.Edition, r.Status,
            Domain.Template.TemplateLabels.Title(r.OrganName, r.Year), r.PublishedAt)).ToList();
    }
}

/// <summary>Who has reported for a year, against each unit type's deadline (RPT-1); the county office sees who is late.</summary>
[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record GetReportProgressQuery(int Year) : IQuery<IReadOnlyList<ReportProgressDto>>;

internal sealed class GetReportProgressHandler(IReportingDb db, IMediator mediator, IOptions<ReportingOptions> options, TimeProvider clock)
    : IQueryHandler<GetReportProgressQuery, IReadOnlyList<ReportProgressDto>>
{
    public async Task<Result<IReadOnlyList<ReportProgressDto>>> Handle(GetReportProgressQuery q, CancellationToken ct)
    {
        var units = await mediator.Send(new GetUnitSummariesQuery(ActiveOnly: true), ct);
        if (!units.IsSuccess)
        {
            return units.Error!;
        }

        var reports = await db.AnnualReports.AsNoTracking()
            .Where(r => r.Year == q.Year && r.Status != ReportStatus.Superseded)
            .Select(r => new { r.Id, r.UnitId, r.Kind, r.Status, r.PublishedAt })
            .ToListAsync(ct);
        var today = clock.Today();
        return units.Value.OrderBy(u => u.Type).ThenBy(u => u.Name, StringComparer.Ordinal).Select(u =>
        {
            var kind = u.Type == OrganizationUnitType.CountyGovernment && u.ParentId is null ? ReportKind.County : ReportKind.Unit;
            var report = reports.Where(r => r.UnitId == u.Id).OrderByDescending(r => r.Kind == kind).FirstOrDefault();
            var deadline = options.Value.DeadlineFor(u.Type, q.Year);
            var publishedOn = report?.PublishedAt?.ToChinaDate();
            var late = publishedOn is { } p ? p > deadline : today > deadline;
            return new ReportProgressDto(u.Id, u.Name, u.Type, deadline, report?.Id, report?.Status,
                report is null ? "未编制" : ReportLabels.Status(report.Status), report?.PublishedAt, late);
        }).ToList();
    }
}

/// <summary>Which table of the report a drill-down cell is in.</summary>
public enum ReportTable
{
    /// <summary>二、主动公开政府信息情况</summary>
    Proactive = 2,

    /// <summary>三、收到和处理政府信息公开申请情况</summary>
    Applications = 3,

    /// <summary>四、政府信息公开行政复议、行政诉讼情况</summary>
    Remedies = 4,
}

/// <summary>
/// For one cell of a county report, what each member contributed. Table 二: row = RulesIssued … FeesTenThousandYuan;
/// table 三: row = the row key, column 0–6; table 四: column 0–14.
/// </summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record DrillDownQuery(Guid Id, ReportTable? Table, string? Row, int? Column) : IQuery<DrillDownDto>;

internal sealed class DrillDownValidator : AbstractValidator<DrillDownQuery>
{
    public DrillDownValidator() =>
        RuleFor(x => x.Table).NotNull().WithErrorCode("reporting.table_required").WithMessage("请选择表：Proactive、Applications 或 Remedies")
            .IsInEnum().WithErrorCode("reporting.choice_unknown").WithMessage("表不在可选范围内");
}

internal sealed class DrillDownHandler(IReportingDb db, ICurrentUser user) : IQueryHandler<DrillDownQuery, DrillDownDto>
{
    public async Task<Result<DrillDownDto>> Handle(DrillDownQuery q, CancellationToken ct)
    {
        var found = await db.VisibleAsync(user, q.Id, null, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var report = found.Value;
        if (report.Kind != ReportKind.County)
        {
            return Error.Conflict("reporting.not_county", "只有县人民政府汇总报告可以查看各单位构成");
        }

        var cell = ReportCells.Locate(q.Table!.Value, q.Row, q.Column);
        if (!cell.IsSuccess)
        {
            return cell.Error;
        }

        var (table, row, column, read) = cell.Value;
        return new DrillDownDto(table, row, column, read(report.Content),
            [.. report.Members.Select(m => new ContributionDto(m.UnitId, m.UnitName, read(m.Content)))]);
    }
}
