using FluentValidation;
using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>Every column of one item (CAT-3..CAT-6); multi-selects are non-empty (CAT-5).</summary>
internal sealed class CatalogueItemInputValidator : AbstractValidator<CatalogueItemInput>
{
    private const string UnknownChoice = "catalogue.item.choice_unknown";

    public CatalogueItemInputValidator()
    {
        Text(x => x.FirstLevel, CatalogueTemplate.FirstLevel, CatalogueLimits.LevelName);
        Text(x => x.SecondLevel, CatalogueTemplate.SecondLevel, CatalogueLimits.LevelName);
        Text(x => x.Content, CatalogueTemplate.Content, CatalogueLimits.LongText);
        Text(x => x.Basis, CatalogueTemplate.Basis, CatalogueLimits.LongText);
        Text(x => x.Subject, CatalogueTemplate.Subject, CatalogueLimits.Subject);
        RuleFor(x => x.Deadline).MaximumLength(CatalogueLimits.DeadlineText)
            .WithErrorCode("catalogue.item.too_long").WithMessage($"公开时限不能超过 {CatalogueLimits.DeadlineText} 个字");

        Choices(x => x.Channels, CatalogueTemplate.Channels);
        RuleForEach(x => x.Channels).IsInEnum().WithErrorCode(UnknownChoice).WithMessage("公开渠道和载体的选项不在官方列表中");
        Choices(x => x.Audiences, CatalogueTemplate.Audiences);
        RuleForEach(x => x.Audiences).IsInEnum().WithErrorCode(UnknownChoice).WithMessage("公开对象的选项不在官方列表中");
        Choices(x => x.Methods, CatalogueTemplate.Methods);
        RuleForEach(x => x.Methods).IsInEnum().WithErrorCode(UnknownChoice).WithMessage("公开方式的选项不在官方列表中");
        Choices(x => x.Levels, CatalogueTemplate.Levels);
        RuleForEach(x => x.Levels).IsInEnum().WithErrorCode(UnknownChoice).WithMessage("公开层级的选项不在官方列表中");

        RuleFor(x => x.OtherChannel).NotEmpty().When(x => x.Channels?.Contains(DisclosureChannel.Other) == true)
            .WithErrorCode("catalogue.item.other_channel_required").WithMessage("选择了“其他”公开渠道，请填写渠道名称");
        RuleFor(x => x.OtherChannel).MaximumLength(CatalogueLimits.ShortText)
            .WithErrorCode("catalogue.item.too_long").WithMessage($"其他渠道名称不能超过 {CatalogueLimits.ShortText} 个字");
        RuleFor(x => x.SpecificGroup).NotEmpty().When(x => x.Audiences?.Contains(DisclosureAudience.SpecificGroup) == true)
            .WithErrorCode("catalogue.item.group_required").WithMessage("公开对象为“特定群体”时，请写明是哪个群体");
        RuleFor(x => x.SpecificGroup).MaximumLength(CatalogueLimits.ShortText)
            .WithErrorCode("catalogue.item.too_long").WithMessage($"特定群体名称不能超过 {CatalogueLimits.ShortText} 个字");
    }

    private void Text(System.Linq.Expressions.Expression<Func<CatalogueItemInput, string?>> field, string name, int max) =>
        RuleFor(field)
            .NotEmpty().WithErrorCode("catalogue.item.required").WithMessage($"请填写{name}")
            .MaximumLength(max).WithErrorCode("catalogue.item.too_long").WithMessage($"{name}不能超过 {max} 个字");

    private void Choices<T>(System.Linq.Expressions.Expression<Func<CatalogueItemInput, IReadOnlyList<T>?>> field, string name) =>
        RuleFor(field).NotEmpty().WithErrorCode("catalogue.item.choice_required").WithMessage($"请至少选择一项{name}");
}
