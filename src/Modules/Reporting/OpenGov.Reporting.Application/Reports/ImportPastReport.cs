using FluentValidation;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Reporting.Application.Abstractions;
using OpenGov.Reporting.Domain.Reports;

namespace OpenGov.Reporting.Application.Reports;

/// <summary>
/// A report published before OpenGov, entered from its JSON or its official tables: stored as published, checked by the
/// same rules (failures flagged, not fixed), so next year's carry-over check (V-S1) has something to compare with.
/// </summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin)]
public sealed record ImportPastReportCommand(Guid UnitId, int? Year, ReportKind? Kind, ReportContent? Content) : ICommand<Guid>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

internal sealed class ImportPastReportValidator : AbstractValidator<ImportPastReportCommand>
{
    public ImportPastReportValidator()
    {
        RuleFor(x => x.Year).NotNull().WithErrorCode("reporting.year_required").WithMessage("请填写报告年度")
            .InclusiveBetween(2019, 2100).WithErrorCode("reporting.year_invalid").WithMessage("报告年度不正确");
        RuleFor(x => x.Kind).IsInEnum().WithErrorCode("reporting.choice_unknown").WithMessage("报告类型只能是 Unit 或 County");
        RuleFor(x => x.Content).NotNull().WithErrorCode("reporting.content_required").WithMessage("请上传报告内容");
    }
}

internal sealed class ImportPastReportHandler(IReportingDb db, ICurrentUser user, ReportDrafting drafting, TimeProvider clock)
    : ICommandHandler<ImportPastReportCommand, Guid>
{
    public async Task<Result<Guid>> Handle(ImportPastReportCommand c, CancellationToken ct)
    {
        var kind = c.Kind ?? ReportKind.Unit;
        if (kind == ReportKind.County && !user.IsCountyAdmin)
        {
            return Error.Forbidden("reporting.county_office_only", "县人民政府报告由县政府办公室导入");
        }

        var units = await drafting.UnitsAsync([c.UnitId], ct);
        if (!units.IsSuccess || units.Value.Count == 0)
        {
            return Error.Field("reporting.unit_unknown", "unitId", "单位不存在");
        }

        if (await CreateUnitReportHandler.ReportExistsAsync(db, c.UnitId, c.Year!.Value, kind, ct) is { } existing)
        {
            return existing;
        }

        var report = AnnualReport.Imported(c.UnitId, c.Year.Value, kind, units.Value[0].Name, c.Content!, user.DisplayName(), clock.GetUtcNow());
        db.AnnualReports.Add(report);
        return report.Id;
    }
}
