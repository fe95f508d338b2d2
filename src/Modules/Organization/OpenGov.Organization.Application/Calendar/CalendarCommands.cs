using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Application.Abstractions;
using OpenGov.Organization.Contracts;
using OpenGov.Organization.Domain.Calendar;

namespace OpenGov.Organization.Application.Calendar;

/// <summary>
/// Enters or corrects one year's notice. The text uses the grammar of the official data
/// ("2027 off 2027-01-01..2027-01-03", "2027 work 2027-01-04"), so the November notice can be typed
/// in as it reads. Correcting a year needs a reason and the version read.
/// </summary>
[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record DefineCalendarYearCommand(int Year, string? NoticeTitle, string? DocumentNumber, string? Text, string? Reason, int? Version)
    : ICommand<int>;

[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record AddCalendarAdjustmentCommand(DateOnly? Date, bool? IsWorkingDay, string? Reason) : ICommand<Guid>;

[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record RemoveCalendarAdjustmentCommand(Guid Id) : ICommand<Guid>;

internal sealed class DefineCalendarYearValidator : AbstractValidator<DefineCalendarYearCommand>
{
    public DefineCalendarYearValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithErrorCode("calendar.year_invalid").WithMessage("年份应在 2000 到 2100 之间");
        RuleFor(x => x.NoticeTitle).NotEmpty().WithErrorCode("calendar.notice_title_required").WithMessage("请填写通知标题")
            .MaximumLength(200).WithErrorCode("calendar.notice_title_too_long").WithMessage("通知标题不能超过 200 个字");
        RuleFor(x => x.DocumentNumber).MaximumLength(50).WithErrorCode("calendar.document_number_too_long").WithMessage("文号不能超过 50 个字");
        RuleFor(x => x.Text).NotEmpty().WithErrorCode("calendar.text_required").WithMessage("请填写节假日安排明细")
            .MaximumLength(20_000).WithErrorCode("calendar.text_too_long").WithMessage("节假日安排明细不能超过 20000 个字符");
        RuleFor(x => x.Reason).MaximumLength(500).WithErrorCode("calendar.reason_too_long").WithMessage("原因不能超过 500 个字");
    }
}

internal sealed class DefineCalendarYearHandler(IOrganizationDb db, ICalendarSnapshots snapshots, TimeProvider clock)
    : ICommandHandler<DefineCalendarYearCommand, int>
{
    public async Task<Result<int>> Handle(DefineCalendarYearCommand command, CancellationToken cancellationToken)
    {
        var (data, errors) = CalendarDataParser.Parse(command.Text!);
        var messages = errors.Select(e => $"第 {e.LineNumber} 行：{e.Message}").ToList();
        if (data is not null)
        {
            messages.AddRange(data.NoticeYears.Where(y => y != command.Year).Select(y => $"明细中出现了 {y} 年的通知记录，只能填写 {command.Year} 年的安排"));
            if (data.Spans.Count == 0)
            {
                messages.Add("明细中没有任何放假或调休记录");
            }
        }

        if (messages.Count > 0)
        {
            return new Error("calendar.text_invalid", "节假日安排明细有误", ErrorKind.Validation,
                new Dictionary<string, string[]> { ["text"] = messages.ToArray() });
        }

        var now = clock.GetUtcNow();
        var existing = await db.CalendarYears.FirstOrDefaultAsync(y => y.Id == command.Year, cancellationToken);
        if (existing is null)
        {
            db.CalendarYears.Add(CalendarYear.Create(command.Year, command.NoticeTitle!, command.DocumentNumber, command.Text!, now));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(command.Reason))
            {
                return Error.Field("calendar.reason_required", "reason", $"{command.Year} 年的安排已录入，修改时必须说明原因");
            }

            if (existing.Version != command.Version)
            {
                return Error.StaleVersion(command.Version ?? 0, existing.Version);
            }

            existing.Replace(command.NoticeTitle!, command.DocumentNumber, command.Text!, command.Reason, now);
        }

        db.OnCommitted(snapshots.Invalidate);
        return command.Year;
    }
}

internal sealed class AddCalendarAdjustmentValidator : AbstractValidator<AddCalendarAdjustmentCommand>
{
    public AddCalendarAdjustmentValidator()
    {
        RuleFor(x => x.Date).NotNull().WithErrorCode("calendar.date_required").WithMessage("请填写日期");
        RuleFor(x => x.IsWorkingDay).NotNull().WithErrorCode("calendar.is_working_day_required").WithMessage("请说明调整后是否为工作日");
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode("calendar.reason_required").WithMessage("请填写调整原因")
            .MaximumLength(500).WithErrorCode("calendar.reason_too_long").WithMessage("原因不能超过 500 个字");
    }
}

internal sealed class AddCalendarAdjustmentHandler(IOrganizationDb db, ICalendarSnapshots snapshots, TimeProvider clock)
    : ICommandHandler<AddCalendarAdjustmentCommand, Guid>
{
    public async Task<Result<Guid>> Handle(AddCalendarAdjustmentCommand command, CancellationToken cancellationToken)
    {
        var date = command.Date!.Value;
        if (!snapshots.Current.Calendar.Covers(date))
        {
            return Error.Field(CalendarErrorCodes.YearNotCovered, "date", $"{date.Year} 年的国家节假日安排尚未录入，请先录入该年通知");
        }

        if (await db.CalendarAdjustments.AnyAsync(a => a.Date == date, cancellationToken))
        {
            return Error.Conflict("calendar.adjustment_exists", $"{date:yyyy-MM-dd} 已有本县调整，请先删除原调整");
        }

        var adjustment = CalendarAdjustment.Create(Guid.NewGuid(), date, command.IsWorkingDay!.Value, command.Reason!, clock.GetUtcNow());
        db.CalendarAdjustments.Add(adjustment);
        db.OnCommitted(snapshots.Invalidate);
        return adjustment.Id;
    }
}

internal sealed class RemoveCalendarAdjustmentHandler(IOrganizationDb db, ICalendarSnapshots snapshots, TimeProvider clock)
    : ICommandHandler<RemoveCalendarAdjustmentCommand, Guid>
{
    public async Task<Result<Guid>> Handle(RemoveCalendarAdjustmentCommand command, CancellationToken cancellationToken)
    {
        var adjustment = await db.CalendarAdjustments.FirstOrDefaultAsync(a => a.Id == command.Id, cancellationToken);
        if (adjustment is null)
        {
            return Error.NotFound("calendar.adjustment_not_found", "该调整不存在");
        }

        adjustment.MarkRemoved(clock.GetUtcNow());
        db.CalendarAdjustments.Remove(adjustment);
        db.OnCommitted(snapshots.Invalidate);
        return adjustment.Id;
    }
}

/// <summary>Every calendar change tells the modules that count deadlines to recompute them.</summary>
internal sealed class CalendarEventMapper : IDomainEventMapper<CalendarChanged>
{
    public IEnumerable<IIntegrationEvent> Map(CalendarChanged domainEvent)
    {
        yield return new WorkingCalendarChangedIntegrationEvent(domainEvent.Years) { OccurredAt = domainEvent.OccurredAt };
    }
}
