using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Reporting.Application.Abstractions;
using OpenGov.Reporting.Application.Reports;
using OpenGov.Reporting.Domain.Enforcement;

namespace OpenGov.Reporting.Application.Enforcement;

/// <summary>One unit's 行政许可, 行政处罚, 行政强制 decisions and 行政事业性收费 (元) for a year.</summary>
/// <param name="UnitId">单位编号</param>
/// <param name="Year">年度</param>
/// <param name="Licensing">行政许可 本年处理决定数量</param>
/// <param name="Penalties">行政处罚 本年处理决定数量</param>
/// <param name="Compulsions">行政强制 本年处理决定数量</param>
/// <param name="AdministrativeFeesYuan">行政事业性收费 本年收费金额（元；报告中换算为万元）</param>
public sealed record EnforcementFiguresDto(Guid UnitId, int Year, int Licensing, int Penalties, int Compulsions, decimal AdministrativeFeesYuan);

/// <summary>Entered by the unit, or pushed by its OA system (scope <c>reporting.write</c>); a later entry replaces the earlier one.</summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin, Roles.Editor, Roles.Leader, Roles.ApiClient)]
[RequireClientScope("reporting.write")]
public sealed record SetEnforcementFiguresCommand(IReadOnlyList<EnforcementFiguresInput>? Rows) : ICommand<int>;

/// <param name="UnitId">单位编号</param>
/// <param name="Year">年度</param>
/// <param name="Licensing">行政许可</param>
/// <param name="Penalties">行政处罚</param>
/// <param name="Compulsions">行政强制</param>
/// <param name="AdministrativeFeesYuan">行政事业性收费（元）</param>
public sealed record EnforcementFiguresInput(Guid? UnitId, int? Year, int? Licensing, int? Penalties, int? Compulsions, decimal? AdministrativeFeesYuan);

internal sealed class SetEnforcementFiguresValidator : AbstractValidator<SetEnforcementFiguresCommand>
{
    public SetEnforcementFiguresValidator()
    {
        RuleFor(x => x.Rows).NotEmpty().WithErrorCode("reporting.rows_required").WithMessage("请至少提交一行数据");
        RuleForEach(x => x.Rows).ChildRules(row =>
        {
            row.RuleFor(r => r.UnitId).NotNull().WithErrorCode("reporting.unit_required").WithMessage("请填写单位");
            row.RuleFor(r => r.Year).NotNull().InclusiveBetween(2019, 2100).WithErrorCode("reporting.year_invalid").WithMessage("年度不正确");
            row.RuleFor(r => r.Licensing).NotNull().GreaterThanOrEqualTo(0).WithErrorCode("reporting.count_invalid").WithMessage("行政许可决定数量须为不小于 0 的整数");
            row.RuleFor(r => r.Penalties).NotNull().GreaterThanOrEqualTo(0).WithErrorCode("reporting.count_invalid").WithMessage("行政处罚决定数量须为不小于 0 的整数");
            row.RuleFor(r => r.Compulsions).NotNull().GreaterThanOrEqualTo(0).WithErrorCode("reporting.count_invalid").WithMessage("行政强制决定数量须为不小于 0 的整数");
            row.RuleFor(r => r.AdministrativeFeesYuan).NotNull().GreaterThanOrEqualTo(0).WithErrorCode("reporting.amount_invalid").WithMessage("行政事业性收费金额须为不小于 0 的数（元）")
                .PrecisionScale(18, 2, true).WithErrorCode("reporting.amount_invalid").WithMessage("行政事业性收费金额最多两位小数（元）");
        });
    }
}

internal sealed class SetEnforcementFiguresHandler(IReportingDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SetEnforcementFiguresCommand, int>
{
    public async Task<Result<int>> Handle(SetEnforcementFiguresCommand c, CancellationToken ct)
    {
        var rows = c.Rows!;
        for (var i = 0; i < rows.Count; i++)
        {
            if (!user.CanActFor(rows[i].UnitId!.Value))
            {
                return Error.Forbidden("reporting.own_unit_only", $"第 {i + 1} 行：只能填报本单位的数据");
            }
        }

        var duplicate = rows.GroupBy(r => (r.UnitId, r.Year)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            return Error.Field("reporting.duplicate_row", "rows", $"同一单位同一年度（{duplicate.Key.Year}）只能有一行");
        }

        var units = rows.Select(r => r.UnitId!.Value).Distinct().ToList();
        var years = rows.Select(r => r.Year!.Value).Distinct().ToList();
        var existing = await db.EnforcementFigures.Where(e => units.Contains(e.UnitId) && years.Contains(e.Year)).ToListAsync(ct);
        foreach (var row in rows)
        {
            var figures = existing.FirstOrDefault(e => e.UnitId == row.UnitId && e.Year == row.Year);
            if (figures is null)
            {
                figures = EnforcementFigures.Create(row.UnitId!.Value, row.Year!.Value);
                db.EnforcementFigures.Add(figures);
            }

            figures.Set(row.Licensing!.Value, row.Penalties!.Value, row.Compulsions!.Value, row.AdministrativeFeesYuan!.Value, user.DisplayName(), clock.GetUtcNow());
        }

        return rows.Count;
    }
}

/// <summary>A unit's figures for a year (zeros when none were entered).</summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader, Roles.ApiClient)]
public sealed record GetEnforcementFiguresQuery(Guid UnitId, int Year) : IQuery<EnforcementFiguresDto>;

internal sealed class GetEnforcementFiguresHandler(IReportingDb db, ICurrentUser user) : IQueryHandler<GetEnforcementFiguresQuery, EnforcementFiguresDto>
{
    public async Task<Result<EnforcementFiguresDto>> Handle(GetEnforcementFiguresQuery q, CancellationToken ct)
    {
        if (!user.CanActFor(q.UnitId))
        {
            return ReportAccess.NotFound;
        }

        var e = await db.EnforcementFigures.AsNoTracking().FirstOrDefaultAsync(x => x.UnitId == q.UnitId && x.Year == q.Year, ct);
        return new EnforcementFiguresDto(q.UnitId, q.Year, e?.Licensing ?? 0, e?.Penalties ?? 0, e?.Compulsions ?? 0, e?.AdministrativeFeesYuan ?? 0);
    }
}
