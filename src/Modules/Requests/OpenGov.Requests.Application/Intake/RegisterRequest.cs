using FluentValidation;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Application.Requests;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Intake;

/// <summary>Staff register a request that came by letter, in person, fax, e-mail or another channel (REQ-2, REQ-3, REQ-16).</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record RegisterRequestCommand(
    Guid UnitId, IntakeChannel? Channel, DateOnly? ArrivedOn, DateOnly? ConfirmedOn, ApplicantInput? Applicant,
    string? InformationDescription, DeliveryForm? DeliveryForm, string? DeliveryNote) : ICommand<RegisteredRequestDto>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

internal sealed class RegisterRequestValidator : AbstractValidator<RegisterRequestCommand>
{
    public RegisterRequestValidator()
    {
        RuleFor(x => x.Channel).NotNull().WithErrorCode("requests.channel_required").WithMessage("请选择申请渠道")
            .IsInEnum().WithErrorCode("requests.choice_unknown").WithMessage("申请渠道不在可选范围内");
        RuleFor(x => x.ArrivedOn).NotNull().WithErrorCode("requests.arrived_on_required").WithMessage("请填写申请到达（当面提交、签收）的日期");
        RuleFor(x => x.Applicant).NotNull().WithErrorCode("requests.applicant_required").WithMessage("请填写申请人信息")
            .SetValidator(new ApplicantInputValidator()!);
        RequestTextRules.Apply(this, x => x.InformationDescription, x => x.DeliveryForm, x => x.DeliveryNote);
    }
}

internal sealed class RegisterRequestHandler(RequestIntake intake, ICurrentUser user) : ICommandHandler<RegisterRequestCommand, RegisteredRequestDto>
{
    public async Task<Result<RegisteredRequestDto>> Handle(RegisterRequestCommand c, CancellationToken cancellationToken)
    {
        if (!user.HandlesFor(c.UnitId))
        {
            return Error.Forbidden("requests.own_unit_only", "只能登记向本单位提出的申请");
        }

        var registered = await intake.RegisterAsync(c.UnitId, c.Channel!.Value, c.ArrivedOn!.Value, c.ConfirmedOn, c.Applicant!,
            c.InformationDescription!, c.DeliveryForm!.Value, c.DeliveryNote, acknowledged: true, user.DisplayName(), cancellationToken);
        return registered.IsSuccess
            ? new RegisteredRequestDto(registered.Value.Request.Id, registered.Value.Request.TrackingNumber, registered.Value.QueryCode)
            : registered.Error;
    }
}
