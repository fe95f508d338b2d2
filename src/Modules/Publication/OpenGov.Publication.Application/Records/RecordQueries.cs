using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Application.Deadlines;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Records;

/// <summary>One record with its full text, reviews and registrations; only its own unit (and the county office) sees it.</summary>
public sealed record GetRecordQuery(Guid RecordId) : IQuery<RecordDto>;

/// <summary>The records of the caller's unit (the county office: any unit, or all), filtered and paged.</summary>
/// <param name="UnitId">单位（仅县级管理员可指定）</param>
/// <param name="Status">状态</param>
/// <param name="Attribute">公开属性</param>
/// <param name="Kind">文件种类</param>
/// <param name="Q">标题、文号或索引号包含的文字</param>
/// <param name="Deadline">Overdue 已逾期未公开，DueSoon 即将到期（配置的工作日数内）</param>
/// <param name="Page">页码</param>
/// <param name="PageSize">每页条数（最多 200）</param>
public sealed record ListRecordsQuery(
    Guid? UnitId, RecordStatus? Status, DisclosureAttribute? Attribute, DocumentKind? Kind, string? Q, DeadlineFilter? Deadline, int? Page, int? PageSize)
    : IQuery<PagedList<RecordSummaryDto>>;

/// <summary>期限筛选</summary>
public enum DeadlineFilter
{
    /// <summary>已逾期未公开</summary>
    Overdue = 1,

    /// <summary>即将到期</summary>
    DueSoon = 2,
}

internal sealed class GetRecordHandler(IPublicationDb db, ICurrentUser currentUser, TimeProvider clock) : IQueryHandler<GetRecordQuery, RecordDto>
{
    public async Task<Result<RecordDto>> Handle(GetRecordQuery query, CancellationToken cancellationToken)
    {
        var record = await db.Records.AsNoTracking().WithChildren().FirstOrDefaultAsync(r => r.Id == query.RecordId, cancellationToken);
        return record is null || !currentUser.CanActFor(record.UnitId) ? RecordAccess.NotFound : record.ToDto(clock.Today());
    }
}

internal sealed class ListRecordsHandler(
    IPublicationDb db, ICurrentUser currentUser, Organization.Contracts.IWorkingCalendar calendar,
    Microsoft.Extensions.Options.IOptions<PublicationOptions> options, TimeProvider clock)
    : IQueryHandler<ListRecordsQuery, PagedList<RecordSummaryDto>>
{
    public async Task<Result<PagedList<RecordSummaryDto>>> Handle(ListRecordsQuery query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalize(query.Page, query.PageSize);
        var records = db.Records.AsNoTracking();
        var unitId = currentUser.IsCountyAdmin ? query.UnitId : currentUser.UnitId;
        if (unitId is { } unit)
        {
            records = records.Where(r => r.UnitId == unit);
        }

        if (query.Status is { } status)
        {
            records = records.Where(r => r.Status == status);
        }

        if (query.Attribute is { } attribute)
        {
            records = records.Where(r => r.Content.Attribute == attribute);
        }

        if (query.Kind is { } kind)
        {
            records = records.Where(r => r.Content.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            records = records.Where(r => r.Content.Title.Contains(q) || r.IndexNumber.Contains(q) || (r.Content.DocumentNumber != null && r.Content.DocumentNumber.Contains(q)));
        }

        if (query.Deadline is { } deadline)
        {
            var today = clock.Today();
            var open = records.Where(RecordFilters.AwaitingDisclosure).Where(r => r.DueOn != null);
            if (deadline == DeadlineFilter.Overdue)
            {
                records = open.Where(r => r.DueOn < today);
            }
            else
            {
                var horizon = DueSoonHorizon(today);
                records = open.Where(r => r.DueOn >= today && r.DueOn <= horizon);
            }
        }

        var total = await records.CountAsync(cancellationToken);
        var ordered = query.Deadline is null
            ? records.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Id)
            : records.OrderBy(r => r.DueOn).ThenBy(r => r.Id);
        var items = await ordered
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(r => new RecordSummaryDto(
                r.Id, r.UnitId, r.IndexNumber, r.Content.Title, r.Content.DocumentNumber, r.Content.FormedOn, r.Content.Kind, r.Content.Attribute,
                r.Status, r.DueOn, r.OverdueSince, r.PublishedAt, r.UpdatedAt, r.Version))
            .ToListAsync(cancellationToken);
        return new PagedList<RecordSummaryDto>(items, total, page, pageSize);
    }

    private DateOnly DueSoonHorizon(DateOnly today)
    {
        try
        {
            return calendar.AddWorkingDays(today, options.Value.DueSoonWorkingDays);
        }
        catch (DomainException)
        {
            // Past the calendar's last known year: a calendar-day week is the honest fallback for a reminder list.
            return today.AddDays(7);
        }
    }
}
