using FluentValidation;
using OpenGov.BuildingBlocks.Application;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Application.Requests;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Intake;

/// <summary>The public online form (REQ-2, REQ-3): received the day it is submitted, China time.</summary>
[AllowAnonymousRequest]
public sealed record SubmitRequestCommand(
    Guid? UnitId, ApplicantInput? Applicant, string? InformationDescription, DeliveryForm? DeliveryForm, string? DeliveryNote)
    : ICommand<SubmittedRequestDto>;

internal sealed class SubmitRequestValidator : AbstractValidator<SubmitRequestCommand>
{
    public SubmitRequestValidator()
    {
        RuleFor(x => x.UnitId).NotNull().WithErrorCode("requests.unit_required").WithMessage("请选择受理机关");
        RuleFor(x => x.Applicant).NotNull().WithErrorCode("requests.applicant_required").WithMessage("请填写申请人信息")
            .SetValidator(new ApplicantInputValidator()!);
        RequestTextRules.Apply(this, x => x.InformationDescription, x => x.DeliveryForm, x => x.DeliveryNote);
    }
}

internal sealed class SubmitRequestHandler(RequestIntake intake, TimeProvider clock) : ICommandHandler<SubmitRequestCommand, SubmittedRequestDto>
{
    public async Task<Result<SubmittedRequestDto>> Handle(SubmitRequestCommand c, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var registered = await intake.RegisterAsync(c.UnitId!.Value, IntakeChannel.Online, today, today, c.Applicant!, c.InformationDescription!,
            c.DeliveryForm!.Value, c.DeliveryNote, acknowledged: false, "申请人（网上提交）", cancellationToken);
        if (!registered.IsSuccess)
        {
            return registered.Error;
        }

        var (request, code) = registered.Value;
        return new SubmittedRequestDto(request.TrackingNumber, code, request.ReceivedOn, request.DueOn);
    }
}

/// <summary>Rules the online form and staff registration share.</summary>
internal static class RequestTextRules
{
    public static void Apply<T>(AbstractValidator<T> v, System.Linq.Expressions.Expression<Func<T, string?>> description,
        System.Linq.Expressions.Expression<Func<T, DeliveryForm?>> form, System.Linq.Expressions.Expression<Func<T, string?>> note)
    {
        v.RuleFor(description).NotEmpty().WithErrorCode("requests.description_required").WithMessage("请填写所需政府信息的名称、文号或者便于查询的其他特征性描述")
            .MaximumLength(DisclosureRequest.DescriptionMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {DisclosureRequest.DescriptionMaxLength} 个字");
        v.RuleFor(form).NotNull().WithErrorCode("requests.delivery_form_required").WithMessage("请选择政府信息的提供形式")
            .IsInEnum().WithErrorCode("requests.choice_unknown").WithMessage("提供形式不在可选范围内");
        v.RuleFor(note).MaximumLength(DisclosureRequest.TextMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {DisclosureRequest.TextMaxLength} 个字");
    }
}
