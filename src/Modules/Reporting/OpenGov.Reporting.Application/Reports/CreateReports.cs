using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Contracts;
using OpenGov.Reporting.Application.Abstractions;
using OpenGov.Reporting.Domain.Reports;

namespace OpenGov.Reporting.Application.Reports;

/// <summary>A unit's report for a year as a draft, its tables counted from the records and its prose proposed.</summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin, Roles.Editor, Roles.Leader)]
public sealed record CreateUnitReportCommand(int? Year, Guid? UnitId) : ICommand<Guid>;

internal sealed class CreateUnitReportValidator : AbstractValidator<CreateUnitReportCommand>
{
    public CreateUnitReportValidator()
    {
        RuleFor(x => x.Year).NotNull().WithErrorCode("reporting.year_required").WithMessage("请填写报告年度")
            .InclusiveBetween(2019, 2100).WithErrorCode("reporting.year_invalid").WithMessage("报告年度不正确");
        RuleFor(x => x.UnitId).NotNull().WithErrorCode("reporting.unit_required").WithMessage("请选择单位");
    }
}

internal sealed class CreateUnitReportHandler(IReportingDb db, ICurrentUser user, ReportDrafting drafting, TimeProvider clock)
    : ICommandHandler<CreateUnitReportCommand, Guid>
{
    public async Task<Result<Guid>> Handle(CreateUnitReportCommand c, CancellationToken cancellationToken)
    {
        var unitId = c.UnitId!.Value;
        var year = c.Year!.Value;
        if (!user.CanActFor(unitId))
        {
            return Error.Forbidden("reporting.own_unit_only", "只能为本单位编制年度报告");
        }

        var units = await drafting.UnitsAsync([unitId], cancellationToken);
        if (!units.IsSuccess || units.Value.Count == 0)
        {
            return Error.Field("reporting.unit_unknown", "unitId", "单位不存在");
        }

        if (await ReportExistsAsync(db, unitId, year, ReportKind.Unit, cancellationToken) is { } existing)
        {
            return existing;
        }

        var content = await drafting.UnitContentAsync(units.Value[0], year, null, cancellationToken);
        var report = AnnualReport.Draft(unitId, year, ReportKind.Unit, units.Value[0].Name, content, [], user.DisplayName(), clock.GetUtcNow());
        db.AnnualReports.Add(report);
        return report.Id;
    }

    internal static async Task<Error?> ReportExistsAsync(IReportingDb db, Guid unitId, int year, ReportKind kind, CancellationToken ct)
    {
        var existing = await db.AnnualReports.AsNoTracking()
            .Where(r => r.UnitId == unitId && r.Year == year && r.Kind == kind && r.Status != ReportStatus.Superseded)
            .Select(r => new { r.Id, r.Status })
            .FirstOrDefaultAsync(ct);
        return existing is null
            ? null
            : Error.Conflict("reporting.already_exists", $"该单位 {year} 年度报告已存在（编号 {existing.Id}，{ReportLabels.Status(existing.Status)}）；已发布的请生成更正版本");
    }
}

/// <summary>
/// The county government's report: the roll-up over an explicit membership (default: every active unit, the county
/// government office's own figures included), each count cell the sum of the members' (V8).
/// </summary>
[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record CreateCountyReportCommand(int? Year, IReadOnlyList<Guid>? MemberUnitIds) : ICommand<Guid>;

internal sealed class CreateCountyReportValidator : AbstractValidator<CreateCountyReportCommand>
{
    public CreateCountyReportValidator()
    {
        RuleFor(x => x.Year).NotNull().WithErrorCode("reporting.year_required").WithMessage("请填写报告年度")
            .InclusiveBetween(2019, 2100).WithErrorCode("reporting.year_invalid").WithMessage("报告年度不正确");
        RuleFor(x => x.MemberUnitIds).Must(ids => ids is null || ids.Count > 0)
            .WithErrorCode("reporting.members_empty").WithMessage("汇总范围至少包括一个单位；不填则包括全部启用的单位");
    }
}

internal sealed class CreateCountyReportHandler(IReportingDb db, ICurrentUser user, ReportDrafting drafting, TimeProvider clock)
    : ICommandHandler<CreateCountyReportCommand, Guid>
{
    public async Task<Result<Guid>> Handle(CreateCountyReportCommand c, CancellationToken cancellationToken)
    {
        var year = c.Year!.Value;
        var all = await drafting.UnitsAsync(null, cancellationToken);
        if (!all.IsSuccess)
        {
            return all.Error;
        }

        var county = all.Value.FirstOrDefault(u => u.Type == OrganizationUnitType.CountyGovernment && u.ParentId is null);
        if (county is null)
        {
            return Error.Conflict("reporting.no_county_government", "没有县人民政府单位，无法编制汇总报告");
        }

        List<UnitSummary> members;
        if (c.MemberUnitIds is { } ids)
        {
            var unknown = ids.Except(all.Value.Select(u => u.Id)).ToList();
            if (unknown.Count > 0)
            {
                return Error.Field("reporting.member_unknown", "memberUnitIds", $"汇总范围中的单位不存在：{string.Join("、", unknown)}");
            }

            members = [.. all.Value.Where(u => ids.Contains(u.Id))];
        }
        else
        {
            members = [.. all.Value.Where(u => u.IsActive)];
        }

        if (await CreateUnitReportHandler.ReportExistsAsync(db, county.Id, year, ReportKind.County, cancellationToken) is { } existing)
        {
            return existing;
        }

        var (content, contributions) = await drafting.CountyContentAsync(county.Name, year, [.. members.OrderBy(m => m.Name, StringComparer.Ordinal)], null, cancellationToken);
        var report = AnnualReport.Draft(county.Id, year, ReportKind.County, county.Name, content, contributions, user.DisplayName(), clock.GetUtcNow());
        db.AnnualReports.Add(report);
        return report.Id;
    }
}
