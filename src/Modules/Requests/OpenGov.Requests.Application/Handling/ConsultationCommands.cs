using FluentValidation;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Handling;

/// <summary>征求意见 (REQ-8/9): the letter went out; its time is not counted (REQ-10).</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record StartConsultationCommand(Guid RequestId, ConsultedParty? Party, string? PartyName, DateOnly? SentOn, int? Version) : IRequestAction;

internal sealed class StartConsultationValidator : AbstractValidator<StartConsultationCommand>
{
    public StartConsultationValidator()
    {
        RuleFor(x => x.Party).NotNull().WithErrorCode("requests.party_required").WithMessage("请选择被征求方：ThirdParty 第三方或 CoAuthorOrgan 共同制作机关")
            .IsInEnum().WithErrorCode("requests.choice_unknown").WithMessage("被征求方类型不在可选范围内");
        RuleFor(x => x.PartyName).NotEmpty().WithErrorCode("requests.party_name_required").WithMessage("请填写被征求方名称")
            .MaximumLength(Applicant.NameMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {Applicant.NameMaxLength} 个字");
        RuleFor(x => x.SentOn).NotNull().WithErrorCode("requests.sent_on_required").WithMessage("请填写发出征求意见函的日期");
    }
}

internal sealed class StartConsultationHandler(RequestActionContext context) : RequestActionHandler<StartConsultationCommand>(context)
{
    protected override Task<Result> ActAsync(DisclosureRequest request, StartConsultationCommand c, Actor by, CancellationToken ct) =>
        Task.FromResult(request.Consult(c.Party!.Value, c.PartyName!, c.SentOn!.Value, by, Context.Periods, Context.Days));
}

/// <summary>The day the consulted party received the letter: its 15 working days run from there.</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record RecordConsultationDeliveryCommand(Guid RequestId, int Number, DateOnly? DeliveredOn, int? Version) : IRequestAction;

internal sealed class RecordConsultationDeliveryValidator : AbstractValidator<RecordConsultationDeliveryCommand>
{
    public RecordConsultationDeliveryValidator() =>
        RuleFor(x => x.DeliveredOn).NotNull().WithErrorCode("requests.delivered_on_required").WithMessage("请填写征求意见函送达的日期");
}

internal sealed class RecordConsultationDeliveryHandler(RequestActionContext context) : RequestActionHandler<RecordConsultationDeliveryCommand>(context)
{
    protected override Task<Result> ActAsync(DisclosureRequest request, RecordConsultationDeliveryCommand c, Actor by, CancellationToken ct) =>
        Task.FromResult(request.RecordConsultationDelivery(c.Number, c.DeliveredOn!.Value, by, Context.Periods, Context.Days));
}

/// <summary>The party's answer, or NoReply once its 15 working days have run out.</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record RecordConsultationAnswerCommand(
    Guid RequestId, int Number, ConsultationOpinion? Opinion, DateOnly? RepliedOn, string? Note, int? Version) : IRequestAction;

internal sealed class RecordConsultationAnswerValidator : AbstractValidator<RecordConsultationAnswerCommand>
{
    public RecordConsultationAnswerValidator()
    {
        RuleFor(x => x.Opinion).NotNull().WithErrorCode("requests.opinion_required").WithMessage("请选择意见：Consents 同意、Objects 不同意或 NoReply 逾期未答复")
            .IsInEnum().WithErrorCode("requests.choice_unknown").WithMessage("意见不在可选范围内");
        RuleFor(x => x.Note).MaximumLength(DisclosureRequest.TextMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {DisclosureRequest.TextMaxLength} 个字");
    }
}

internal sealed class RecordConsultationAnswerHandler(RequestActionContext context) : RequestActionHandler<RecordConsultationAnswerCommand>(context)
{
    protected override Task<Result> ActAsync(DisclosureRequest request, RecordConsultationAnswerCommand c, Actor by, CancellationToken ct) =>
        Task.FromResult(request.RecordConsultationAnswer(c.Number, c.RepliedOn, c.Opinion!.Value, c.Note, by, Context.Periods, Context.Days));
}

/// <summary>延期答复 (REQ-7), approved by the head of the disclosure office.</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Leader)]
public sealed record ExtendReplyCommand(Guid RequestId, int? WorkingDays, string? Reason, string? ApprovedBy, DateOnly? ApprovedOn, int? Version) : IRequestAction;

internal sealed class ExtendReplyValidator : AbstractValidator<ExtendReplyCommand>
{
    public ExtendReplyValidator()
    {
        RuleFor(x => x.WorkingDays).NotNull().WithErrorCode("requests.extension_days_required").WithMessage("请填写延长的工作日数");
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode("requests.reason_required").WithMessage("请写明延期理由")
            .MaximumLength(DisclosureRequest.TextMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {DisclosureRequest.TextMaxLength} 个字");
        RuleFor(x => x.ApprovedBy).NotEmpty().WithErrorCode("requests.approver_required").WithMessage("请填写批准延期的政府信息公开工作机构负责人")
            .MaximumLength(Applicant.NameMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {Applicant.NameMaxLength} 个字");
        RuleFor(x => x.ApprovedOn).NotNull().WithErrorCode("requests.approved_on_required").WithMessage("请填写批准日期");
    }
}

internal sealed class ExtendReplyHandler(RequestActionContext context) : RequestActionHandler<ExtendReplyCommand>(context)
{
    protected override Task<Result> ActAsync(DisclosureRequest request, ExtendReplyCommand c, Actor by, CancellationToken ct) =>
        Task.FromResult(request.Extend(c.WorkingDays!.Value, c.Reason!, c.ApprovedBy!, c.ApprovedOn!.Value, by, Context.Periods, Context.Days));
}
