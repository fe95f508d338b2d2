using FluentValidation;
using OpenGov.BuildingBlocks.Application;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Records;

/// <summary>PUB-1..3 at the door: one attribute, and for anything but 此件公开发布 its statutory grounds and a reason.</summary>
internal sealed class RecordInputValidator : AbstractValidator<RecordInput>
{
    public const int BodyMaxLength = 1_000_000;
    public const int MaxCatalogueItems = 50;

    public RecordInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.Title).NotEmpty().WithErrorCode("publication.title_required").WithMessage("请填写标题")
            .MaximumLength(GovernmentRecord.TitleMaxLength).WithErrorCode("publication.too_long").WithMessage($"标题不能超过 {GovernmentRecord.TitleMaxLength} 个字");
        RuleFor(x => x.DocumentNumber).MaximumLength(100).WithErrorCode("publication.too_long").WithMessage("文号不能超过 100 个字");
        RuleFor(x => x.SubjectCategory).MaximumLength(50).WithErrorCode("publication.too_long").WithMessage("主题分类不能超过 50 个字");
        RuleFor(x => x.FormedOn).NotNull().WithErrorCode("publication.formed_on_required").WithMessage("请填写成文日期")
            .Must(d => d <= clock.Today()).WithErrorCode("publication.formed_on_future").WithMessage("成文日期不能晚于今天");
        RuleFor(x => x.FiveDisclosure).IsInEnum().WithErrorCode("publication.choice_unknown").WithMessage("五公开分类不在可选范围内");
        RuleFor(x => x.Kind).IsInEnum().WithErrorCode("publication.choice_unknown").WithMessage("文件种类不在可选范围内");

        RuleFor(x => x.Attribute).NotNull().WithErrorCode("publication.attribute_required")
            .WithMessage("请选择公开属性：此件公开发布、此件删减后公开、此件依申请公开或此件不公开")
            .IsInEnum().WithErrorCode("publication.choice_unknown").WithMessage("公开属性不在可选范围内");
        RuleForEach(x => x.Grounds).IsInEnum().WithErrorCode("publication.choice_unknown").WithMessage("不公开依据不在条例第十四、十五、十六条的范围内");
        When(x => x.Attribute is { } a && a != DisclosureAttribute.PublishInFull, () =>
        {
            RuleFor(x => x.Grounds).NotEmpty().WithErrorCode("publication.grounds_required")
                .WithMessage(x => $"公开属性为“{DisclosureAttributes.Labels.GetValueOrDefault(x.Attribute!.Value, "")}”时，请选择条例第十四、十五、十六条规定的依据");
            RuleFor(x => x.AttributeReason).NotEmpty().WithErrorCode("publication.attribute_reason_required")
                .WithMessage("公开属性不是“此件公开发布”时，请写明理由");
        });
        RuleFor(x => x.Grounds).Empty().When(x => x.Attribute == DisclosureAttribute.PublishInFull)
            .WithErrorCode("publication.grounds_not_applicable").WithMessage("“此件公开发布”不需要不公开依据");
        RuleFor(x => x.AttributeReason).MaximumLength(GovernmentRecord.ReasonMaxLength)
            .WithErrorCode("publication.too_long").WithMessage($"理由说明不能超过 {GovernmentRecord.ReasonMaxLength} 个字");
        RuleFor(x => x.Attribute).Must(a => a is null || a.Value.IsProactive())
            .When(x => x.Kind is DocumentKind.Rule or DocumentKind.NormativeDocument)
            .WithErrorCode("publication.normative_must_be_proactive").WithMessage("规章和行政规范性文件应当主动公开（PUB-12），公开属性只能是“此件公开发布”或“此件删减后公开”");

        RuleFor(x => x.Body).NotEmpty().WithErrorCode("publication.body_required").WithMessage("请填写正文")
            .MaximumLength(BodyMaxLength).WithErrorCode("publication.too_long").WithMessage("正文过长");
        RuleFor(x => x.RedactedBody).NotEmpty().When(x => x.Attribute == DisclosureAttribute.PublishRedacted)
            .WithErrorCode("publication.redacted_body_required").WithMessage("“此件删减后公开”须提供删减后的正文，公开的只有删减后的文本");
        RuleFor(x => x.RedactedBody).MaximumLength(BodyMaxLength).WithErrorCode("publication.too_long").WithMessage("删减后的正文过长");

        RuleFor(x => x.CatalogueItemIds).Must(ids => ids is null || ids.Count <= MaxCatalogueItems)
            .WithErrorCode("publication.too_many_items").WithMessage($"最多关联 {MaxCatalogueItems} 个目录事项")
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count)
            .WithErrorCode("publication.item_repeated").WithMessage("关联的目录事项有重复");
        RuleFor(x => x.ValidUntil).GreaterThanOrEqualTo(x => x.ValidFrom).When(x => x.ValidFrom is not null && x.ValidUntil is not null)
            .WithErrorCode("publication.validity_order").WithMessage("有效期至不能早于施行日期");
    }
}
