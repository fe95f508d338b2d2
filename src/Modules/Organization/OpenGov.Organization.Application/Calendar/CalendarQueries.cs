using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Application.Abstractions;
using OpenGov.Organization.Domain.Calendar;

namespace OpenGov.Organization.Application.Calendar;

public sealed record ListCalendarYearsQuery : IQuery<IReadOnlyList<CalendarYearDto>>;

public sealed record GetCalendarYearQuery(int Year) : IQuery<CalendarYearDto>;

public sealed record ListCalendarAdjustmentsQuery(int? Year) : IQuery<IReadOnlyList<CalendarAdjustmentDto>>;

public sealed record GetCalendarAdjustmentQuery(Guid Id) : IQuery<CalendarAdjustmentDto>;

public sealed record AddWorkingDaysQuery(DateOnly? From, int? Days) : IQuery<AddWorkingDaysResult>;

public sealed record WorkingDaysBetweenQuery(DateOnly? From, DateOnly? To) : IQuery<WorkingDaysBetweenResult>;

public sealed record GetWorkingDayInfoQuery(DateOnly? Date) : IQuery<WorkingDayInfo>;

internal static class CalendarYearMapping
{
    public static CalendarYearDto ToDto(this CalendarYear year)
    {
        var spans = CalendarDataParser.Parse(year.Text).Data?.Spans ?? [];
        return new CalendarYearDto(year.Id, year.NoticeTitle, year.DocumentNumber, year.Text,
            spans.Select(s => new CalendarSpanDto(s.Kind == CalendarEntryKind.Off ? "off" : "work", s.Start, s.End, s.HolidayName)).ToList(),
            year.ChangeReason, year.UpdatedAt, year.Version);
    }
}

internal sealed class ListCalendarYearsHandler(IOrganizationDb db) : IQueryHandler<ListCalendarYearsQuery, IReadOnlyList<CalendarYearDto>>
{
    public async Task<Result<IReadOnlyList<CalendarYearDto>>> Handle(ListCalendarYearsQuery query, CancellationToken cancellationToken)
    {
        var years = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Id).ToListAsync(cancellationToken);
        return years.Select(y => y.ToDto()).ToList();
    }
}

internal sealed class GetCalendarYearHandler(IOrganizationDb db) : IQueryHandler<GetCalendarYearQuery, CalendarYearDto>
{
    public async Task<Result<CalendarYearDto>> Handle(GetCalendarYearQuery query, CancellationToken cancellationToken)
    {
        var year = await db.CalendarYears.AsNoTracking().FirstOrDefaultAsync(y => y.Id == query.Year, cancellationToken);
        return year is null ? Error.NotFound("calendar.year_not_found", $"{query.Year} 年的节假日安排尚未录入") : year.ToDto();
    }
}

internal sealed class ListCalendarAdjustmentsHandler(IOrganizationDb db) : IQueryHandler<ListCalendarAdjustmentsQuery, IReadOnlyList<CalendarAdjustmentDto>>
{
    public async Task<Result<IReadOnlyList<CalendarAdjustmentDto>>> Handle(ListCalendarAdjustmentsQuery query, CancellationToken cancellationToken)
    {
        var adjustments = db.CalendarAdjustments.AsNoTracking();
        if (query.Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            adjustments = adjustments.Where(a => a.Date >= first && a.Date <= last);
        }

        var list = await adjustments.OrderBy(a => a.Date).ToListAsync(cancellationToken);
        return list.Select(a => new CalendarAdjustmentDto(a.Id, a.Date, a.IsWorkingDay, a.Reason, a.CreatedAt)).ToList();
    }
}

internal sealed class GetCalendarAdjustmentHandler(IOrganizationDb db) : IQueryHandler<GetCalendarAdjustmentQuery, CalendarAdjustmentDto>
{
    public async Task<Result<CalendarAdjustmentDto>> Handle(GetCalendarAdjustmentQuery query, CancellationToken cancellationToken)
    {
        var a = await db.CalendarAdjustments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == query.Id, cancellationToken);
        return a is null
            ? Error.NotFound("calendar.adjustment_not_found", "该调整不存在")
            : new CalendarAdjustmentDto(a.Id, a.Date, a.IsWorkingDay, a.Reason, a.CreatedAt);
    }
}

internal sealed class AddWorkingDaysValidator : AbstractValidator<AddWorkingDaysQuery>
{
    public AddWorkingDaysValidator()
    {
        RuleFor(x => x.From).NotNull().WithErrorCode("calendar.from_required").WithMessage("请填写起算日期 from");
        RuleFor(x => x.Days).NotNull().WithErrorCode("calendar.days_required").WithMessage("请填写工作日数 days")
            .InclusiveBetween(-1000, 1000).WithErrorCode("calendar.days_out_of_range").WithMessage("工作日数应在 -1000 到 1000 之间");
    }
}

internal sealed class WorkingDaysBetweenValidator : AbstractValidator<WorkingDaysBetweenQuery>
{
    public WorkingDaysBetweenValidator()
    {
        RuleFor(x => x.From).NotNull().WithErrorCode("calendar.from_required").WithMessage("请填写开始日期 from");
        RuleFor(x => x.To).NotNull().WithErrorCode("calendar.to_required").WithMessage("请填写结束日期 to");
    }
}

internal sealed class GetWorkingDayInfoValidator : AbstractValidator<GetWorkingDayInfoQuery>
{
    public GetWorkingDayInfoValidator() =>
        RuleFor(x => x.Date).NotNull().WithErrorCode("calendar.date_required").WithMessage("请填写日期 date");
}

internal sealed class CalendarArithmeticHandler(ICalendarSnapshots snapshots) :
    IQueryHandler<AddWorkingDaysQuery, AddWorkingDaysResult>,
    IQueryHandler<WorkingDaysBetweenQuery, WorkingDaysBetweenResult>,
    IQueryHandler<GetWorkingDayInfoQuery, WorkingDayInfo>
{
    public Task<Result<AddWorkingDaysResult>> Handle(AddWorkingDaysQuery query, CancellationToken cancellationToken) => Compute(() =>
    {
        var calendar = snapshots.Current.Calendar;
        var from = query.From!.Value;
        var date = calendar.AddWorkingDays(from, query.Days!.Value);
        var (low, high) = from <= date ? (from, date) : (date, from);
        var skipped = new List<DateOnly>();
        for (var d = low.AddDays(1); d < high; d = d.AddDays(1))
        {
            if (!calendar.IsWorkingDay(d))
            {
                skipped.Add(d);
            }
        }

        return new AddWorkingDaysResult(from, query.Days!.Value, date, skipped);
    });

    public Task<Result<WorkingDaysBetweenResult>> Handle(WorkingDaysBetweenQuery query, CancellationToken cancellationToken) => Compute(() =>
        new WorkingDaysBetweenResult(query.From!.Value, query.To!.Value, snapshots.Current.Calendar.WorkingDaysBetween(query.From!.Value, query.To!.Value)));

    public Task<Result<WorkingDayInfo>> Handle(GetWorkingDayInfoQuery query, CancellationToken cancellationToken) => Compute(() =>
    {
        var snapshot = snapshots.Current;
        var date = query.Date!.Value;
        var working = snapshot.Calendar.IsWorkingDay(date);
        var adjustment = snapshot.Adjustments.FirstOrDefault(a => a.Date == date);
        var span = snapshot.Spans.FirstOrDefault(s => s.Start <= date && date <= s.End && s.Kind == CalendarEntryKind.Work)
                   ?? snapshot.Spans.FirstOrDefault(s => s.Start <= date && date <= s.End);
        var reason = adjustment is not null
            ? $"本县调整：{adjustment.Reason}"
            : span is { Kind: CalendarEntryKind.Work } ? $"调休上班（{span.HolidayName}）"
            : span is not null ? $"法定节假日（{span.HolidayName}）"
            : date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? "周末" : "工作日";
        return new WorkingDayInfo(date, working, reason);
    });

    // A date outside the entered years is an explicit error for staff (GEN-1), not a server fault.
    private static Task<Result<T>> Compute<T>(Func<T> compute)
    {
        try
        {
            return Task.FromResult(Result<T>.Success(compute()));
        }
        catch (CalendarYearNotCoveredException ex)
        {
            return Task.FromResult(Result<T>.Failure(Error.Validation(ex.Code, ex.Message)));
        }
    }
}
