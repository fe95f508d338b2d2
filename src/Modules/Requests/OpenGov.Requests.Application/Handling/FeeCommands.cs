using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Domain.Fees;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Handling;

/// <summary>
/// 收费通知 (REQ-15). 按件: the fee of this request's place among the applicant's requests to this unit in its month
/// of receipt; 按量: by the pages of the reply. The amount is computed, never typed.
/// </summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record NotifyFeeCommand(Guid RequestId, FeeMode? Mode, int? Pages, DateOnly? NoticeOn, int? Version) : IRequestAction;

internal sealed class NotifyFeeValidator : AbstractValidator<NotifyFeeCommand>
{
    public NotifyFeeValidator()
    {
        RuleFor(x => x.Mode).NotNull().WithErrorCode("requests.fee_mode_required").WithMessage("请选择计收方式：PerApplication 按件或 PerPage 按量")
            .IsInEnum().WithErrorCode("requests.choice_unknown").WithMessage("计收方式不在可选范围内");
        RuleFor(x => x.Pages).NotNull().GreaterThan(0).When(x => x.Mode == FeeMode.PerPage)
            .WithErrorCode("requests.pages_required").WithMessage("按量计收请填写页数");
        RuleFor(x => x.Pages).Null().When(x => x.Mode == FeeMode.PerApplication)
            .WithErrorCode("requests.pages_not_applicable").WithMessage("按件计收不填写页数，按量与按件不得同时适用");
        RuleFor(x => x.NoticeOn).NotNull().WithErrorCode("requests.notice_on_required").WithMessage("请填写收费通知日期");
    }
}

internal sealed class NotifyFeeHandler(RequestActionContext context) : RequestActionHandler<NotifyFeeCommand>(context)
{
    protected override async Task<Result> ActAsync(DisclosureRequest request, NotifyFeeCommand c, Actor by, CancellationToken ct)
    {
        int quantity;
        if (c.Mode == FeeMode.PerApplication)
        {
            var monthStart = new DateOnly(request.ReceivedOn.Year, request.ReceivedOn.Month, 1);
            var applicant = request.Applicant;
            // Requests are counted per applicant per organ per calendar month (费用办法); same name and identity document.
            quantity = await Context.Db.Requests.CountAsync(r => r.UnitId == request.UnitId && r.Id != request.Id
                && r.Applicant.Name == applicant.Name && r.Applicant.IdentityDocument == applicant.IdentityDocument
                && r.ReceivedOn >= monthStart && (r.ReceivedOn < request.ReceivedOn
                    || (r.ReceivedOn == request.ReceivedOn && r.RegisteredAt < request.RegisteredAt)), ct) + 1;
        }
        else
        {
            quantity = c.Pages!.Value;
        }

        var quote = c.Mode == FeeMode.PerApplication ? ProcessingFees.PerApplication(quantity) : ProcessingFees.PerPage(quantity);
        if (!quote.IsSuccess)
        {
            return quote.Error;
        }

        return request.NotifyFee(c.Mode!.Value, quantity, quote.Value.Total, quote.Value.Breakdown, c.NoticeOn!.Value, by, Context.Periods, Context.Days);
    }
}

/// <summary>The fee was paid: the reply clock runs again.</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record RecordFeePaidCommand(Guid RequestId, DateOnly? PaidOn, int? Version) : IRequestAction;

internal sealed class RecordFeePaidValidator : AbstractValidator<RecordFeePaidCommand>
{
    public RecordFeePaidValidator() =>
        RuleFor(x => x.PaidOn).NotNull().WithErrorCode("requests.paid_on_required").WithMessage("请填写缴费日期");
}

internal sealed class RecordFeePaidHandler(RequestActionContext context) : RequestActionHandler<RecordFeePaidCommand>(context)
{
    protected override Task<Result> ActAsync(DisclosureRequest request, RecordFeePaidCommand c, Actor by, CancellationToken ct) =>
        Task.FromResult(request.RecordFeePaid(c.PaidOn!.Value, by, Context.Periods, Context.Days));
}
