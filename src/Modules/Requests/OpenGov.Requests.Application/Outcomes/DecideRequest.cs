using FluentValidation;
using MediatR;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Contracts;
using OpenGov.Requests.Application.Handling;
using OpenGov.Requests.Application.Letters;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Outcomes;

/// <summary>
/// 答复决定: exactly one outcome, a row of annual-report table 三 (REQ-12); the reply letter is drafted from the
/// outcome's template and may be edited until it is sent. Deciding again before the reply replaces the decision.
/// </summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record DecideRequestCommand(Guid RequestId, RequestOutcome? Outcome, DateOnly? DecidedOn, string? Details, int? Version) : IRequestAction;

internal sealed class DecideRequestValidator : AbstractValidator<DecideRequestCommand>
{
    public DecideRequestValidator()
    {
        RuleFor(x => x.Outcome).NotNull().WithErrorCode("requests.outcome_required").WithMessage("请选择一种办理结果（年度报告表三的一行）")
            .IsInEnum().WithErrorCode("requests.choice_unknown").WithMessage("办理结果不在可选范围内");
        RuleFor(x => x.DecidedOn).NotNull().WithErrorCode("requests.decided_on_required").WithMessage("请填写作出决定的日期");
        RuleFor(x => x.Details).MaximumLength(DisclosureRequest.TextMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {DisclosureRequest.TextMaxLength} 个字");
        RuleFor(x => x.Details).NotEmpty()
            .When(x => x.Outcome is not null and not (RequestOutcome.Granted or RequestOutcome.OtherNoCorrection or RequestOutcome.OtherFeeUnpaid))
            .WithErrorCode("requests.details_required").WithMessage("除予以公开外，请写明理由或说明（如不予公开的具体理由、负责公开的机关）");
    }
}

internal sealed class DecideRequestHandler(RequestActionContext context, IMediator sender) : RequestActionHandler<DecideRequestCommand>(context)
{
    protected override async Task<Result> ActAsync(DisclosureRequest request, DecideRequestCommand c, Actor by, CancellationToken ct)
    {
        var units = await sender.Send(new GetUnitSummariesQuery([request.UnitId]), ct);
        var unitName = units.IsSuccess && units.Value.Count > 0 ? units.Value[0].Name : string.Empty;
        var letter = ReplyLetterTemplates.Compose(new ReplyLetterFacts(
            unitName, request.Applicant.Name, request.ReceivedOn, request.InformationDescription, c.Outcome!.Value, c.Details,
            c.DecidedOn, Context.Options.ReconsiderationOrgan, Context.Options.Court, request.TrackingNumber));
        return request.Decide(c.Outcome.Value, c.DecidedOn!.Value, c.Details, letter.Title, letter.Body, by);
    }
}

/// <summary>The unit edits the drafted reply letter before sending it.</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record EditReplyLetterCommand(Guid RequestId, string? Title, string? Body, int? Version) : IRequestAction;

internal sealed class EditReplyLetterValidator : AbstractValidator<EditReplyLetterCommand>
{
    public EditReplyLetterValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithErrorCode("requests.letter_title_required").WithMessage("请填写告知书标题")
            .MaximumLength(Applicant.NameMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {Applicant.NameMaxLength} 个字");
        RuleFor(x => x.Body).NotEmpty().WithErrorCode("requests.letter_body_required").WithMessage("请填写告知书正文")
            .MaximumLength(DisclosureRequest.LetterMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {DisclosureRequest.LetterMaxLength} 个字");
    }
}

internal sealed class EditReplyLetterHandler(RequestActionContext context) : RequestActionHandler<EditReplyLetterCommand>(context)
{
    protected override Task<Result> ActAsync(DisclosureRequest request, EditReplyLetterCommand c, Actor by, CancellationToken ct) =>
        Task.FromResult(request.EditLetter(c.Title!, c.Body!, by));
}
