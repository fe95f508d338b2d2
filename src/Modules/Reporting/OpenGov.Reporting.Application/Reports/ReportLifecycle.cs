using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Reporting.Application.Abstractions;
using OpenGov.Reporting.Domain.Reports;

namespace OpenGov.Reporting.Application.Reports;

/// <summary>Recount the tables of a draft from the records (the prose is kept).</summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin, Roles.Editor, Roles.Leader)]
public sealed record RefreshReportFiguresCommand(Guid Id, int? Version) : ICommand<Guid>;

internal sealed class RefreshReportFiguresHandler(IReportingDb db, ICurrentUser user, ReportDrafting drafting) : ICommandHandler<RefreshReportFiguresCommand, Guid>
{
    public async Task<Result<Guid>> Handle(RefreshReportFiguresCommand c, CancellationToken ct)
    {
        var found = await db.VisibleAsync(user, c.Id, c.Version, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var report = found.Value;
        if (report.Source == ReportSource.Imported || report.Status != ReportStatus.Draft)
        {
            return Error.Conflict("reporting.not_draft", "只有系统生成的草稿可以重新统计");
        }

        if (report.Kind == ReportKind.County)
        {
            var units = await drafting.UnitsAsync([.. report.Members.Select(m => m.UnitId)], ct);
            if (!units.IsSuccess)
            {
                return units.Error;
            }

            var (content, members) = await drafting.CountyContentAsync(report.OrganName, report.Year,
                [.. units.Value.OrderBy(u => u.Name, StringComparer.Ordinal)], report.Content.Texts, ct);
            var revised = report.Revise(content, members);
            return revised.IsSuccess ? report.Id : revised.Error;
        }

        var unit = await drafting.UnitsAsync([report.UnitId], ct);
        if (!unit.IsSuccess || unit.Value.Count == 0)
        {
            return Error.Conflict("reporting.unit_unknown", "单位不存在");
        }

        var recounted = await drafting.UnitContentAsync(unit.Value[0], report.Year, report.Content.Texts, ct);
        var done = report.Revise(recounted, []);
        return done.IsSuccess ? report.Id : done.Error;
    }
}

/// <summary>The unit writes 一、五、六 (and the opening); the tables stay as counted.</summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin, Roles.Editor, Roles.Leader)]
public sealed record EditReportTextsCommand(Guid Id, string? Opening, string? Overview, string? Problems, string? Other, int? Version) : ICommand<Guid>;

internal sealed class EditReportTextsValidator : AbstractValidator<EditReportTextsCommand>
{
    public EditReportTextsValidator()
    {
        RuleFor(x => x.Overview).NotEmpty().WithErrorCode("reporting.overview_required").WithMessage("请填写“一、总体情况”");
        RuleFor(x => x.Problems).NotEmpty().WithErrorCode("reporting.problems_required").WithMessage("请填写“五、存在的主要问题及改进情况”");
        RuleFor(x => x.Other).NotEmpty().WithErrorCode("reporting.other_required").WithMessage("请填写“六、其他需要报告的事项”（没有的写“无。”，信息处理费情况须报告）");
        foreach (var text in new System.Linq.Expressions.Expression<Func<EditReportTextsCommand, string?>>[] { x => x.Opening, x => x.Overview, x => x.Problems, x => x.Other })
        {
            RuleFor(text).MaximumLength(AnnualReport.TextMaxLength).WithErrorCode("reporting.too_long").WithMessage($"不能超过 {AnnualReport.TextMaxLength} 个字");
        }

        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed class EditReportTextsHandler(IReportingDb db, ICurrentUser user) : ICommandHandler<EditReportTextsCommand, Guid>
{
    public async Task<Result<Guid>> Handle(EditReportTextsCommand c, CancellationToken ct)
    {
        var found = await db.VisibleAsync(user, c.Id, c.Version, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var report = found.Value;
        var texts = new ReportTexts(c.Opening ?? report.Content.Texts.Opening, c.Overview!, c.Problems!, c.Other!);
        var revised = report.Revise(report.Content with { Texts = texts }, report.Members);
        return revised.IsSuccess ? report.Id : revised.Error;
    }
}

/// <summary>What a lifecycle step does to a report.</summary>
public enum ReportStep
{
    /// <summary>报送县政府办公室</summary>
    Submit = 1,

    /// <summary>审核通过（县级管理员）</summary>
    Accept = 2,

    /// <summary>退回修改（县级管理员）</summary>
    Return = 3,

    /// <summary>发布</summary>
    Publish = 4,
}

/// <summary>draft → submitted by the unit → accepted by the county office → published (RPT-1); returning needs a reason.</summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin, Roles.Leader)]
public sealed record ChangeReportStatusCommand(Guid Id, ReportStep? Step, string? Reason, int? Version) : ICommand<Guid>;

internal sealed class ChangeReportStatusValidator : AbstractValidator<ChangeReportStatusCommand>
{
    public ChangeReportStatusValidator()
    {
        RuleFor(x => x.Step).NotNull().WithErrorCode("reporting.step_required").WithMessage("请选择操作：Submit、Accept、Return 或 Publish")
            .IsInEnum().WithErrorCode("reporting.choice_unknown").WithMessage("操作不在可选范围内");
        RuleFor(x => x.Reason).NotEmpty().When(x => x.Step == ReportStep.Return)
            .WithErrorCode("reporting.reason_required").WithMessage("退回须写明理由");
        RuleFor(x => x.Reason).MaximumLength(AnnualReport.ReasonMaxLength).WithErrorCode("reporting.too_long").WithMessage($"不能超过 {AnnualReport.ReasonMaxLength} 个字");
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed class ChangeReportStatusHandler(IReportingDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ChangeReportStatusCommand, Guid>
{
    public async Task<Result<Guid>> Handle(ChangeReportStatusCommand c, CancellationToken ct)
    {
        var found = await db.VisibleAsync(user, c.Id, c.Version, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var report = found.Value;
        var now = clock.GetUtcNow();
        var countyStep = c.Step is ReportStep.Accept or ReportStep.Return || (c.Step == ReportStep.Publish && report.Kind == ReportKind.County);
        if (countyStep && !user.IsCountyAdmin)
        {
            return Error.Forbidden("reporting.county_office_only", "审核、退回和发布县人民政府报告由县政府办公室（县级管理员）办理");
        }

        if (c.Step == ReportStep.Submit && user.UnitId != report.UnitId)
        {
            return Error.Forbidden("reporting.own_unit_only", "年度报告由本单位报送");
        }

        Result done;
        switch (c.Step)
        {
            case ReportStep.Submit:
                done = report.Submit(await db.CheckAsync(report, ct), user.DisplayName(), now);
                break;
            case ReportStep.Accept:
                done = report.Accept(user.DisplayName(), now);
                break;
            case ReportStep.Return:
                done = report.Return(c.Reason!, user.DisplayName(), now);
                break;
            default:
                var previous = report.PreviousEditionId is { } previousId
                    ? await db.AnnualReports.FirstOrDefaultAsync(r => r.Id == previousId, ct)
                    : null;
                done = report.Publish(await db.CheckAsync(report, ct), previous, user.DisplayName(), now);
                break;
        }

        return done.IsSuccess ? report.Id : done.Error;
    }
}

/// <summary>A published report is never edited: a correction is a new edition, drafted from it, with its reason.</summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin, Roles.Leader)]
public sealed record CorrectReportCommand(Guid Id, string? Reason, int? Version) : ICommand<Guid>;

internal sealed class CorrectReportValidator : AbstractValidator<CorrectReportCommand>
{
    public CorrectReportValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode("reporting.reason_required").WithMessage("请写明更正理由")
            .MaximumLength(AnnualReport.ReasonMaxLength).WithErrorCode("reporting.too_long").WithMessage($"不能超过 {AnnualReport.ReasonMaxLength} 个字");
}

internal sealed class CorrectReportHandler(IReportingDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CorrectReportCommand, Guid>
{
    public async Task<Result<Guid>> Handle(CorrectReportCommand c, CancellationToken ct)
    {
        var found = await db.VisibleAsync(user, c.Id, c.Version, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        if (await db.AnnualReports.AnyAsync(r => r.PreviousEditionId == c.Id, ct))
        {
            return Error.Conflict("reporting.correction_exists", "该版本已有更正版本");
        }

        var correction = found.Value.Correct(c.Reason!, user.DisplayName(), clock.GetUtcNow());
        if (!correction.IsSuccess)
        {
            return correction.Error;
        }

        db.AnnualReports.Add(correction.Value);
        return correction.Value.Id;
    }
}
