using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Application.Abstractions;
using OpenGov.Requests.Application.Requests;
using OpenGov.Requests.Domain.Remedies;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Remedies;

/// <summary>A 行政复议 or 行政诉讼 case in which the unit is respondent or defendant (table 四), optionally linked to a request.</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Leader)]
public sealed record RecordRemedyCaseCommand(
    Guid UnitId, Guid? RequestId, RemedyKind? Kind, bool AfterReconsideration, string? CaseNumber, string? Authority, DateOnly? FiledOn, string? Note)
    : ICommand<Guid>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

internal sealed class RecordRemedyCaseValidator : AbstractValidator<RecordRemedyCaseCommand>
{
    public RecordRemedyCaseValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithErrorCode("requests.remedy_kind_required").WithMessage("请选择 Reconsideration 行政复议或 Litigation 行政诉讼")
            .IsInEnum().WithErrorCode("requests.choice_unknown").WithMessage("类型不在可选范围内");
        RuleFor(x => x.CaseNumber).NotEmpty().WithErrorCode("requests.case_number_required").WithMessage("请填写案号或文书编号")
            .MaximumLength(RemedyCase.TextMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {RemedyCase.TextMaxLength} 个字");
        RuleFor(x => x.Authority).NotEmpty().WithErrorCode("requests.authority_required").WithMessage("请填写复议机关或人民法院")
            .MaximumLength(RemedyCase.TextMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {RemedyCase.TextMaxLength} 个字");
        RuleFor(x => x.FiledOn).NotNull().WithErrorCode("requests.filed_on_required").WithMessage("请填写申请复议或起诉（立案）日期");
        RuleFor(x => x.Note).MaximumLength(DisclosureRequest.TextMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {DisclosureRequest.TextMaxLength} 个字");
    }
}

internal sealed class RecordRemedyCaseHandler(IRequestsDb db, TimeProvider clock) : ICommandHandler<RecordRemedyCaseCommand, Guid>
{
    public async Task<Result<Guid>> Handle(RecordRemedyCaseCommand c, CancellationToken cancellationToken)
    {
        DisclosureRequest? request = null;
        if (c.RequestId is { } requestId)
        {
            request = await db.Requests.FirstOrDefaultAsync(r => r.Id == requestId && r.UnitId == c.UnitId, cancellationToken);
            if (request is null)
            {
                return Error.Field("requests.request_unknown", "requestId", "关联的申请不存在或不属于该单位");
            }
        }

        var recorded = RemedyCase.Record(c.UnitId, request, c.Kind!.Value, c.AfterReconsideration, c.CaseNumber!, c.Authority!, c.FiledOn!.Value,
            c.Note, clock.Today(), clock.GetUtcNow());
        if (!recorded.IsSuccess)
        {
            return recorded.Error;
        }

        db.RemedyCases.Add(recorded.Value);
        return recorded.Value.Id;
    }
}

/// <summary>The result: 维持, 纠正 (撤销、变更、确认违法、责令履行), 其他 (驳回、撤回、调解、终止…), or back to 尚未审结.</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Leader)]
public sealed record ConcludeRemedyCaseCommand(Guid Id, RemedyResult? Result, DateOnly? ConcludedOn, string? Note, int? Version) : ICommand<Guid>;

internal sealed class ConcludeRemedyCaseValidator : AbstractValidator<ConcludeRemedyCaseCommand>
{
    public ConcludeRemedyCaseValidator()
    {
        RuleFor(x => x.Result).NotNull().WithErrorCode("requests.remedy_result_required").WithMessage("请选择结果：Upheld 维持、Corrected 纠正、Other 其他或 Pending 尚未审结")
            .IsInEnum().WithErrorCode("requests.choice_unknown").WithMessage("结果不在可选范围内");
        RuleFor(x => x.Note).MaximumLength(DisclosureRequest.TextMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {DisclosureRequest.TextMaxLength} 个字");
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed class ConcludeRemedyCaseHandler(IRequestsDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ConcludeRemedyCaseCommand, Guid>
{
    public async Task<Result<Guid>> Handle(ConcludeRemedyCaseCommand c, CancellationToken cancellationToken)
    {
        var remedy = await db.RemedyCases.FirstOrDefaultAsync(r => r.Id == c.Id, cancellationToken);
        if (remedy is null || !user.CanActFor(remedy.UnitId))
        {
            return RemedyQueries.NotFound;
        }

        if (!user.HandlesFor(remedy.UnitId))
        {
            return Error.Forbidden("requests.own_unit_only", "只有本单位可以登记本单位的复议、诉讼结果");
        }

        if (remedy.Version != c.Version)
        {
            return Error.StaleVersion(c.Version!.Value, remedy.Version);
        }

        var concluded = remedy.Conclude(c.Result!.Value, c.ConcludedOn, c.Note, clock.Today());
        return concluded.IsSuccess ? remedy.Id : concluded.Error;
    }
}

/// <summary>Cases of one unit (or all, for the county office), newest first.</summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record ListRemedyCasesQuery(Guid? UnitId, Guid? RequestId, int? Page, int? PageSize) : IQuery<PagedList<RemedyCaseDto>>;

[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record GetRemedyCaseQuery(Guid Id) : IQuery<RemedyCaseDto>;

internal static class RemedyQueries
{
    public static readonly Error NotFound = Error.NotFound("requests.remedy_not_found", "复议或诉讼记录不存在");
}

internal sealed class ListRemedyCasesHandler(IRequestsDb db, ICurrentUser user) : IQueryHandler<ListRemedyCasesQuery, PagedList<RemedyCaseDto>>
{
    public async Task<Result<PagedList<RemedyCaseDto>>> Handle(ListRemedyCasesQuery q, CancellationToken cancellationToken)
    {
        if (!user.TryListScope(q.UnitId, out var unitId))
        {
            return Error.Forbidden("requests.own_unit_only", "只能查看本单位的复议、诉讼记录");
        }

        var cases = db.RemedyCases.AsNoTracking();
        if (unitId is { } scope)
        {
            cases = cases.Where(c => c.UnitId == scope);
        }

        if (q.RequestId is { } requestId)
        {
            cases = cases.Where(c => c.RequestId == requestId);
        }

        var (page, size) = Paging.Normalize(q.Page, q.PageSize);
        var total = await cases.CountAsync(cancellationToken);
        var items = await cases.OrderByDescending(c => c.FiledOn).ThenBy(c => c.Id).Skip((page - 1) * size).Take(size)
            .ProjectToDto().ToListAsync(cancellationToken);
        return new PagedList<RemedyCaseDto>(items, total, page, size);
    }
}

internal sealed class GetRemedyCaseHandler(IRequestsDb db, ICurrentUser user) : IQueryHandler<GetRemedyCaseQuery, RemedyCaseDto>
{
    public async Task<Result<RemedyCaseDto>> Handle(GetRemedyCaseQuery q, CancellationToken cancellationToken)
    {
        var remedy = await db.RemedyCases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == q.Id, cancellationToken);
        return remedy is null || !user.CanActFor(remedy.UnitId) ? RemedyQueries.NotFound : remedy.ToDto();
    }
}
