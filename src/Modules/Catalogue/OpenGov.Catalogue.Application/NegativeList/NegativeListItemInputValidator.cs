using FluentValidation;
using OpenGov.Catalogue.Domain.NegativeList;

namespace OpenGov.Catalogue.Application.NegativeList;

internal interface INegativeListItemInput
{
    string? DomainCode { get; }

    string? Name { get; }

    string? Description { get; }

    string? LegalBasis { get; }
}

/// <summary>CAT-11: specific enough to check, and always with its legal basis.</summary>
internal sealed class NegativeListItemInputValidator : AbstractValidator<INegativeListItemInput>
{
    public NegativeListItemInputValidator()
    {
        RuleFor(x => x.DomainCode).MaximumLength(8).WithErrorCode("negative_list.domain_too_long").WithMessage("领域代码不能超过 8 个字符");
        RuleFor(x => x.Name).NotEmpty().WithErrorCode("negative_list.name_required").WithMessage("请填写事项名称")
            .MaximumLength(NegativeListItem.NameMaxLength).WithErrorCode("negative_list.too_long").WithMessage($"事项名称不能超过 {NegativeListItem.NameMaxLength} 个字");
        RuleFor(x => x.Description).NotEmpty().WithErrorCode("negative_list.description_required").WithMessage("请写明不予公开的具体内容")
            .MaximumLength(NegativeListItem.TextMaxLength).WithErrorCode("negative_list.too_long").WithMessage($"具体内容不能超过 {NegativeListItem.TextMaxLength} 个字");
        RuleFor(x => x.LegalBasis).NotEmpty().WithErrorCode("negative_list.basis_required").WithMessage("负面清单事项必须写明法律依据")
            .MaximumLength(NegativeListItem.TextMaxLength).WithErrorCode("negative_list.too_long").WithMessage($"法律依据不能超过 {NegativeListItem.TextMaxLength} 个字");
    }
}
