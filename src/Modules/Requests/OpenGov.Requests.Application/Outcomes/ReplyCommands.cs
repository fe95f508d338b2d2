using FluentValidation;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Application.Handling;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Outcomes;

/// <summary>答复: the letter is sent and the request is 办结 that day.</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record ReplyRequestCommand(Guid RequestId, DateOnly? RepliedOn, int? Version) : IRequestAction;

internal sealed class ReplyRequestValidator : AbstractValidator<ReplyRequestCommand>
{
    public ReplyRequestValidator() =>
        RuleFor(x => x.RepliedOn).NotNull().WithErrorCode("requests.replied_on_required").WithMessage("请填写答复日期");
}

internal sealed class ReplyRequestHandler(RequestActionContext context) : RequestActionHandler<ReplyRequestCommand>(context)
{
    protected override Task<Result> ActAsync(DisclosureRequest request, ReplyRequestCommand c, Actor by, CancellationToken ct) =>
        Task.FromResult(request.Reply(c.RepliedOn!.Value, by));
}

/// <summary>送达: when and how the reply reached the applicant.</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record RecordDeliveryCommand(Guid RequestId, DateOnly? DeliveredOn, string? Method, int? Version) : IRequestAction;

internal sealed class RecordDeliveryValidator : AbstractValidator<RecordDeliveryCommand>
{
    public RecordDeliveryValidator()
    {
        RuleFor(x => x.DeliveredOn).NotNull().WithErrorCode("requests.delivered_on_required").WithMessage("请填写送达日期");
        RuleFor(x => x.Method).NotEmpty().WithErrorCode("requests.method_required").WithMessage("请填写送达方式（如邮寄、电子邮件、当面领取）")
            .MaximumLength(Applicant.NameMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {Applicant.NameMaxLength} 个字");
    }
}

internal sealed class RecordDeliveryHandler(RequestActionContext context) : RequestActionHandler<RecordDeliveryCommand>(context)
{
    protected override Task<Result> ActAsync(DisclosureRequest request, RecordDeliveryCommand c, Actor by, CancellationToken ct) =>
        Task.FromResult(request.RecordDelivery(c.DeliveredOn!.Value, c.Method!, by));
}

/// <summary>归档 (REQ-16).</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record ArchiveRequestCommand(Guid RequestId, int? Version) : IRequestAction;

internal sealed class ArchiveRequestHandler(RequestActionContext context) : RequestActionHandler<ArchiveRequestCommand>(context)
{
    protected override Task<Result> ActAsync(DisclosureRequest request, ArchiveRequestCommand c, Actor by, CancellationToken ct) =>
        Task.FromResult(request.Archive(by));
}

/// <summary>Why a request ends without a reply letter.</summary>
public enum ClosingReason
{
    /// <summary>逾期不补正，视为放弃（其他处理 1）</summary>
    NoCorrection = 1,

    /// <summary>逾期不缴费，视为放弃（其他处理 2）</summary>
    FeeUnpaid = 2,

    /// <summary>申请人撤回申请（其他处理 3.其他）</summary>
    Withdrawn = 3,
}

/// <summary>终止办理: 视为放弃 after the correction or payment period, or the applicant's withdrawal.</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record CloseRequestCommand(Guid RequestId, ClosingReason? Reason, DateOnly? ClosedOn, string? Note, int? Version) : IRequestAction;

internal sealed class CloseRequestValidator : AbstractValidator<CloseRequestCommand>
{
    public CloseRequestValidator()
    {
        RuleFor(x => x.Reason).NotNull().WithErrorCode("requests.closing_reason_required").WithMessage("请选择终止原因：NoCorrection 逾期不补正、FeeUnpaid 逾期不缴费或 Withdrawn 申请人撤回")
            .IsInEnum().WithErrorCode("requests.choice_unknown").WithMessage("终止原因不在可选范围内");
        RuleFor(x => x.ClosedOn).NotNull().WithErrorCode("requests.closed_on_required").WithMessage("请填写终止日期");
        RuleFor(x => x.Note).NotEmpty().When(x => x.Reason == ClosingReason.Withdrawn)
            .WithErrorCode("requests.note_required").WithMessage("请写明申请人撤回申请的方式和日期");
        RuleFor(x => x.Note).MaximumLength(DisclosureRequest.TextMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {DisclosureRequest.TextMaxLength} 个字");
    }
}

internal sealed class CloseRequestHandler(RequestActionContext context) : RequestActionHandler<CloseRequestCommand>(context)
{
    protected override Task<Result> ActAsync(DisclosureRequest request, CloseRequestCommand c, Actor by, CancellationToken ct) =>
        Task.FromResult(c.Reason switch
        {
            ClosingReason.NoCorrection => request.CloseForNoCorrection(c.ClosedOn!.Value, by),
            ClosingReason.FeeUnpaid => request.CloseForUnpaidFee(c.ClosedOn!.Value, by, Context.Periods, Context.Days),
            _ => request.Withdraw(c.ClosedOn!.Value, c.Note!, by),
        });
}

/// <summary>依申请转主动: the released information goes to Publication as a draft proactive record.</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Leader)]
public sealed record ReleaseForPublicationCommand(Guid RequestId, string? Note, int? Version) : IRequestAction;

internal sealed class ReleaseForPublicationValidator : AbstractValidator<ReleaseForPublicationCommand>
{
    public ReleaseForPublicationValidator() =>
        RuleFor(x => x.Note).NotEmpty().WithErrorCode("requests.note_required").WithMessage("请说明该信息涉及公众利益、需要主动公开的理由")
            .MaximumLength(DisclosureRequest.TextMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {DisclosureRequest.TextMaxLength} 个字");
}

internal sealed class ReleaseForPublicationHandler(RequestActionContext context) : RequestActionHandler<ReleaseForPublicationCommand>(context)
{
    protected override Task<Result> ActAsync(DisclosureRequest request, ReleaseForPublicationCommand c, Actor by, CancellationToken ct) =>
        Task.FromResult(request.ReleaseForPublication(c.Note!, by));
}
