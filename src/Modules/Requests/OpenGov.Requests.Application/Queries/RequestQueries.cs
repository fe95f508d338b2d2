using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Application;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Contracts;
using OpenGov.Requests.Application.Abstractions;
using OpenGov.Requests.Application.Intake;
using OpenGov.Requests.Application.Requests;
using OpenGov.Requests.Domain.Deadlines;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Queries;

/// <summary>One request with its deadline computation and process trail.</summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record GetRequestQuery(Guid Id) : IQuery<RequestDto>;

internal sealed class GetRequestHandler(IRequestsDb db, ICurrentUser user, IOptions<RequestsOptions> options, IWorkdays days)
    : IQueryHandler<GetRequestQuery, RequestDto>
{
    public async Task<Result<RequestDto>> Handle(GetRequestQuery query, CancellationToken cancellationToken)
    {
        var found = await db.VisibleAsync(user, query.Id, cancellationToken);
        return found.IsSuccess ? found.Value.ToDto(user, options.Value.Periods, days) : found.Error;
    }
}

/// <summary>Which requests a deadline list shows.</summary>
public enum DeadlineFilter
{
    /// <summary>未办结且已超过答复期限</summary>
    Overdue = 1,

    /// <summary>未办结、未超期，且在设定的工作日内到期</summary>
    DueSoon = 2,

    /// <summary>全部未办结</summary>
    Open = 3,
}

/// <summary>
/// Requests of one unit, or of the whole county for the county office (without personal data). Filters: status,
/// year received, deadline (overdue / due soon / open, soonest first).
/// </summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record ListRequestsQuery(Guid? UnitId, RequestStatus? Status, int? Year, DeadlineFilter? Deadline, int? Page, int? PageSize)
    : IQuery<PagedList<RequestListItemDto>>;

internal sealed class ListRequestsValidator : AbstractValidator<ListRequestsQuery>
{
    public ListRequestsValidator()
    {
        RuleFor(x => x.Status).IsInEnum().WithErrorCode("requests.choice_unknown").WithMessage("状态不在可选范围内");
        RuleFor(x => x.Deadline).IsInEnum().WithErrorCode("requests.choice_unknown").WithMessage("期限筛选只能是 Overdue、DueSoon 或 Open");
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithErrorCode("requests.year_invalid").WithMessage("年份不正确");
    }
}

internal sealed class ListRequestsHandler(
    IRequestsDb db, ICurrentUser user, IOptions<RequestsOptions> options, IWorkdays days, TimeProvider clock, DeadlineListCache cache)
    : IQueryHandler<ListRequestsQuery, PagedList<RequestListItemDto>>
{
    public async Task<Result<PagedList<RequestListItemDto>>> Handle(ListRequestsQuery q, CancellationToken cancellationToken)
    {
        if (!user.TryListScope(q.UnitId, out var unitId))
        {
            return Error.Forbidden("requests.own_unit_only", "只能查看本单位的申请");
        }

        if (q.Deadline is not null)
        {
            // The caller's unit is part of the key: it decides whose applicant names the page shows.
            var key = (unitId, user.UnitId, q.Status, q.Year, q.Deadline, q.Page, q.PageSize, clock.Today());
            return await cache.GetOrLoadAsync(key, () => LoadAsync(q, unitId, cancellationToken));
        }

        return await LoadAsync(q, unitId, cancellationToken);
    }

    private async Task<PagedList<RequestListItemDto>> LoadAsync(ListRequestsQuery q, Guid? unitId, CancellationToken cancellationToken)
    {
        var requests = db.Requests.AsNoTracking();
        if (unitId is { } scope)
        {
            requests = requests.Where(r => r.UnitId == scope);
        }

        if (q.Status is { } status)
        {
            requests = requests.Where(r => r.Status == status);
        }

        if (q.Year is { } year)
        {
            requests = requests.Where(r => r.ReceivedOn >= new DateOnly(year, 1, 1) && r.ReceivedOn <= new DateOnly(year, 12, 31));
        }

        var today = clock.Today();
        if (q.Deadline is { } deadline)
        {
            var soon = DueSoonLimit(today);
            requests = requests.Where(r => r.ClosedOn == null && r.DueOn != null);
            requests = deadline switch
            {
                DeadlineFilter.Overdue => requests.Where(r => r.DueOn < today),
                DeadlineFilter.DueSoon => requests.Where(r => r.DueOn >= today && r.DueOn <= soon),
                _ => requests,
            };
            requests = requests.OrderBy(r => r.DueOn).ThenBy(r => r.ReceivedOn).ThenBy(r => r.Id);
        }
        else
        {
            requests = requests.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.RegisteredAt).ThenBy(r => r.Id);
        }

        var (page, size) = Paging.Normalize(q.Page, q.PageSize);
        var total = await requests.CountAsync(cancellationToken);
        var rows = await requests.Skip((page - 1) * size).Take(size)
            .Select(r => new
            {
                r.Id, r.UnitId, r.TrackingNumber, r.ReceivedOn, r.Applicant.Kind, r.Applicant.Name, r.InformationDescription, r.Status, r.DueOn,
                r.Outcome, r.ClosedOn,
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new RequestListItemDto(
            r.Id, r.UnitId, r.TrackingNumber, r.ReceivedOn, r.Kind, user.HandlesFor(r.UnitId) ? r.Name : null,
            r.InformationDescription.Length > 100 ? r.InformationDescription[..100] + "…" : r.InformationDescription,
            r.Status, r.DueOn, r.Outcome, r.ClosedOn)).ToList();
        return new PagedList<RequestListItemDto>(items, total, page, size);
    }

    private DateOnly DueSoonLimit(DateOnly today)
    {
        try
        {
            return days.AddWorkingDays(today, options.Value.DueSoonWorkingDays);
        }
        catch (DomainException)
        {
            // Near the end of the last known year: look ahead in calendar days rather than fail the list.
            return today.AddDays(options.Value.DueSoonWorkingDays * 7 / 5 + 2);
        }
    }
}

/// <summary>The public status page: the query code alone finds the request; nothing else does.</summary>
[AllowAnonymousRequest]
public sealed record GetPublicRequestStatusQuery(string QueryCode) : IQuery<PublicRequestStatusDto>;

internal sealed class GetPublicRequestStatusHandler(IRequestsDb db, IMediator sender) : IQueryHandler<GetPublicRequestStatusQuery, PublicRequestStatusDto>
{
    public async Task<Result<PublicRequestStatusDto>> Handle(GetPublicRequestStatusQuery query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query.QueryCode) || query.QueryCode.Trim().Length != QueryCodes.Length)
        {
            return RequestAccess.NotFound;
        }

        var hash = QueryCodes.Hash(query.QueryCode);
        var r = await db.Requests.AsNoTracking().FirstOrDefaultAsync(x => x.QueryCodeHash == hash, cancellationToken);
        if (r is null)
        {
            return RequestAccess.NotFound;
        }

        var units = await sender.Send(new GetUnitSummariesQuery([r.UnitId]), cancellationToken);
        var unitName = units.IsSuccess && units.Value.Count > 0 ? units.Value[0].Name : string.Empty;
        var replied = r.RepliedOn is not null;
        return new PublicRequestStatusDto(
            r.TrackingNumber, unitName, r.ReceivedOn, r.Status, RequestLabels.Status(r.Status), r.DueOn,
            r.Status == RequestStatus.AwaitingCorrection ? r.CorrectionPoints : null, r.Status == RequestStatus.AwaitingCorrection ? r.CorrectionDueOn : null,
            replied || r.IsClosed ? r.Outcome : null, (replied || r.IsClosed) && r.Outcome is { } o ? RequestLabels.Outcome(o) : null,
            r.RepliedOn, replied ? r.LetterTitle : null, replied ? r.LetterBody : null);
    }
}

/// <summary>The reply letter as it stands (for the DOCX download).</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record GetReplyLetterQuery(Guid RequestId) : IQuery<ReplyLetterDto>;

/// <param name="TrackingNumber">申请编号</param>
/// <param name="Title">标题</param>
/// <param name="Body">正文</param>
public sealed record ReplyLetterDto(string TrackingNumber, string Title, string Body);

internal sealed class GetReplyLetterHandler(IRequestsDb db, ICurrentUser user) : IQueryHandler<GetReplyLetterQuery, ReplyLetterDto>
{
    public async Task<Result<ReplyLetterDto>> Handle(GetReplyLetterQuery query, CancellationToken cancellationToken)
    {
        var found = await db.VisibleAsync(user, query.RequestId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var r = found.Value;
        if (!user.HandlesFor(r.UnitId))
        {
            return Error.Forbidden("requests.own_unit_only", "告知书含申请人个人信息，只有受理单位可以下载");
        }

        return r.LetterTitle is null || r.LetterBody is null
            ? Error.NotFound("requests.letter_not_found", "尚未作出答复决定，没有告知书")
            : new ReplyLetterDto(r.TrackingNumber, r.LetterTitle, r.LetterBody);
    }
}
