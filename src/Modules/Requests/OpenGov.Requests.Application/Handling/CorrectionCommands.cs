using FluentValidation;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Handling;

/// <summary>登记受理 of an online request.</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record AcknowledgeRequestCommand(Guid RequestId, int? Version) : IRequestAction;

internal sealed class AcknowledgeRequestHandler(RequestActionContext context) : RequestActionHandler<AcknowledgeRequestCommand>(context)
{
    protected override Task<Result> ActAsync(DisclosureRequest request, AcknowledgeRequestCommand command, Actor by, CancellationToken ct) =>
        Task.FromResult(request.Acknowledge(by.Name, by.Today, by.Now));
}

/// <summary>补正告知 (REQ-4): one notice with every point and a reasonable period (default from settings).</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record RequestCorrectionCommand(Guid RequestId, DateOnly? NoticeOn, string? Points, DateOnly? DueOn, int? Version) : IRequestAction;

internal sealed class RequestCorrectionValidator : AbstractValidator<RequestCorrectionCommand>
{
    public RequestCorrectionValidator()
    {
        RuleFor(x => x.NoticeOn).NotNull().WithErrorCode("requests.notice_on_required").WithMessage("请填写补正告知日期");
        RuleFor(x => x.Points).NotEmpty().WithErrorCode("requests.points_required").WithMessage("请一次性写明需要补正的全部事项")
            .MaximumLength(DisclosureRequest.TextMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {DisclosureRequest.TextMaxLength} 个字");
    }
}

internal sealed class RequestCorrectionHandler(RequestActionContext context) : RequestActionHandler<RequestCorrectionCommand>(context)
{
    protected override Task<Result> ActAsync(DisclosureRequest request, RequestCorrectionCommand c, Actor by, CancellationToken ct) =>
        Task.FromResult(request.RequestCorrection(c.NoticeOn!.Value, c.Points!, c.DueOn, by, Context.Periods, Context.Days));
}

/// <summary>The corrected request arrived: the reply period restarts in full (REQ-4).</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record ReceiveCorrectionCommand(Guid RequestId, DateOnly? ReceivedOn, string? Note, int? Version) : IRequestAction;

internal sealed class ReceiveCorrectionValidator : AbstractValidator<ReceiveCorrectionCommand>
{
    public ReceiveCorrectionValidator()
    {
        RuleFor(x => x.ReceivedOn).NotNull().WithErrorCode("requests.received_on_required").WithMessage("请填写收到补正的日期");
        RuleFor(x => x.Note).MaximumLength(DisclosureRequest.TextMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {DisclosureRequest.TextMaxLength} 个字");
    }
}

internal sealed class ReceiveCorrectionHandler(RequestActionContext context) : RequestActionHandler<ReceiveCorrectionCommand>(context)
{
    protected override Task<Result> ActAsync(DisclosureRequest request, ReceiveCorrectionCommand c, Actor by, CancellationToken ct) =>
        Task.FromResult(request.ReceiveCorrection(c.ReceivedOn!.Value, c.Note, by, Context.Periods, Context.Days));
}
