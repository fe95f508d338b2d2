using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Contracts;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Normative;

/// <summary>
/// The county's consolidated list of 规章 and 规范性文件 (PUB-12(e)): by default those in force today. Read from
/// published revisions only, like every public route.
/// </summary>
/// <param name="Status">效力状态：Valid 现行有效（默认），Amended 已修改，Repealed 已废止，Expired 已失效</param>
/// <param name="UnitId">制定机关</param>
/// <param name="Q">标题或文号包含的文字</param>
/// <param name="Page">页码</param>
/// <param name="PageSize">每页条数（最多 200）</param>
[AllowAnonymousRequest]
public sealed record ListNormativeDocumentsQuery(NormativeStatus? Status, Guid? UnitId, string? Q, int? Page, int? PageSize)
    : IQuery<PagedList<NormativeDocumentDto>>;

/// <summary>规范性文件（统一发布目录）</summary>
/// <param name="Id">编号（政府信息详情的编号）</param>
/// <param name="DocumentNumber">文号</param>
/// <param name="Title">标题</param>
/// <param name="Kind">文件种类：Rule 规章，NormativeDocument 行政规范性文件</param>
/// <param name="UnitId">制定机关</param>
/// <param name="UnitName">制定机关名称</param>
/// <param name="FormedOn">成文日期</param>
/// <param name="ValidFrom">施行日期</param>
/// <param name="ValidUntil">有效期至（为空表示未规定有效期）</param>
/// <param name="Status">效力状态</param>
/// <param name="StatusName">效力状态名称</param>
/// <param name="StatusOn">效力状态的生效日期（修改、废止、失效之日）</param>
/// <param name="StatusNote">修改、废止或失效的说明</param>
/// <param name="ReplacedByRecordId">修改或废止它的文件</param>
public sealed record NormativeDocumentDto(
    Guid Id, string? DocumentNumber, string Title, DocumentKind Kind, Guid UnitId, string? UnitName, DateOnly FormedOn, DateOnly? ValidFrom,
    DateOnly? ValidUntil, NormativeStatus Status, string StatusName, DateOnly? StatusOn, string? StatusNote, Guid? ReplacedByRecordId);

internal sealed class ListNormativeDocumentsValidator : AbstractValidator<ListNormativeDocumentsQuery>
{
    public ListNormativeDocumentsValidator()
    {
        RuleFor(x => x.Status).IsInEnum().WithErrorCode("publication.choice_unknown").WithMessage("效力状态不在可选范围内");
        RuleFor(x => x.Q).MaximumLength(100).WithErrorCode("publication.too_long").WithMessage("检索词不能超过 100 个字");
    }
}

internal sealed class ListNormativeDocumentsHandler(IPublicationDb db, IMediator mediator, TimeProvider clock)
    : IQueryHandler<ListNormativeDocumentsQuery, PagedList<NormativeDocumentDto>>
{
    public async Task<Result<PagedList<NormativeDocumentDto>>> Handle(ListNormativeDocumentsQuery query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalize(query.Page, query.PageSize);
        var today = clock.Today();
        var docs = db.PublishedRevisions.AsNoTracking()
            .Where(r => r.IsCurrent && r.WithdrawnAt == null && r.NormativeStatus != null);

        // The same rule as NormativeStatuses.Effective, in SQL: a passed 有效期 makes a valid or amended document expired.
        docs = (query.Status ?? NormativeStatus.Valid) switch
        {
            NormativeStatus.Valid => docs.Where(r => r.NormativeStatus == NormativeStatus.Valid && (r.ValidUntil == null || r.ValidUntil >= today)),
            NormativeStatus.Amended => docs.Where(r => r.NormativeStatus == NormativeStatus.Amended && (r.ValidUntil == null || r.ValidUntil >= today)),
            NormativeStatus.Repealed => docs.Where(r => r.NormativeStatus == NormativeStatus.Repealed),
            _ => docs.Where(r => r.NormativeStatus == NormativeStatus.Expired
                || ((r.NormativeStatus == NormativeStatus.Valid || r.NormativeStatus == NormativeStatus.Amended) && r.ValidUntil < today)),
        };

        if (query.UnitId is { } unit)
        {
            docs = docs.Where(r => r.UnitId == unit);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            docs = docs.Where(r => r.Title.Contains(q) || (r.DocumentNumber != null && r.DocumentNumber.Contains(q)));
        }

        var total = await docs.CountAsync(cancellationToken);
        var rows = await docs.OrderByDescending(r => r.FormedOn).ThenBy(r => r.RecordId)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(r => new
            {
                r.RecordId, r.DocumentNumber, r.Title, r.Kind, r.UnitId, r.FormedOn, r.ValidFrom, r.ValidUntil, r.NormativeStatus, r.NormativeStatusOn,
                r.NormativeStatusNote, r.ReplacedByRecordId,
            })
            .ToListAsync(cancellationToken);

        var units = await mediator.Send(new GetUnitSummariesQuery([.. rows.Select(r => r.UnitId).Distinct()]), cancellationToken);
        var names = units.IsSuccess ? units.Value.ToDictionary(u => u.Id, u => u.Name) : [];
        var items = rows.Select(r =>
        {
            var (status, on) = NormativeStatuses.Effective(r.NormativeStatus!.Value, r.NormativeStatusOn, r.ValidUntil, today);
            return new NormativeDocumentDto(
                r.RecordId, r.DocumentNumber, r.Title, r.Kind, r.UnitId, names.GetValueOrDefault(r.UnitId), r.FormedOn, r.ValidFrom, r.ValidUntil,
                status, NormativeStatuses.Labels[status], on, r.NormativeStatusNote, r.ReplacedByRecordId);
        }).ToList();
        return new PagedList<NormativeDocumentDto>(items, total, page, pageSize);
    }
}
