using FluentValidation;
using OpenGov.Catalogue.Domain.Domains;

namespace OpenGov.Catalogue.Application.Domains;

internal interface IDomainInput
{
    string? Name { get; }

    int? SortOrder { get; }
}

internal sealed class DomainInputValidator : AbstractValidator<IDomainInput>
{
    public DomainInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithErrorCode("domain.name_required").WithMessage("请填写领域名称")
            .MaximumLength(DisclosureDomain.NameMaxLength).WithErrorCode("domain.name_too_long").WithMessage($"领域名称不能超过 {DisclosureDomain.NameMaxLength} 个字");
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 100_000).When(x => x.SortOrder is not null)
            .WithErrorCode("domain.sort_order_range").WithMessage("排序号须在 0 到 100000 之间");
    }
}
