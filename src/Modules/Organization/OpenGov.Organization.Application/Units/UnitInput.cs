using FluentValidation;
using OpenGov.Organization.Contracts;
using OpenGov.Organization.Domain.Units;

namespace OpenGov.Organization.Application.Units;

/// <summary>The editable fields shared by create and update, validated the same way for both.</summary>
public interface IUnitInput
{
    string? Name { get; }

    string? ShortName { get; }

    OrganizationUnitType? Type { get; }

    Guid? ParentId { get; }

    string? CreditCode { get; }

    ContactDto? Contact { get; }

    int? SortOrder { get; }
}

internal static class UnitInputExtensions
{
    public static UnitDetails ToDetails(this IUnitInput input) => new(
        input.Name!, input.ShortName, input.Type!.Value.ToDomain(), input.CreditCode, input.Contact?.ToDomain(), input.SortOrder ?? 0);
}

internal sealed class UnitInputValidator : AbstractValidator<IUnitInput>
{
    public UnitInputValidator()
    {
        RuleFor(x => x.Name)
            .NotEmpty().WithErrorCode("unit.name_required").WithMessage("请填写单位全称")
            .MaximumLength(100).WithErrorCode("unit.name_too_long").WithMessage("单位全称不能超过 100 个字");
        RuleFor(x => x.ShortName)
            .MaximumLength(50).WithErrorCode("unit.short_name_too_long").WithMessage("单位简称不能超过 50 个字");
        RuleFor(x => x.Type)
            .NotNull().WithErrorCode("unit.type_required").WithMessage("请选择单位类型")
            .IsInEnum().WithErrorCode("unit.type_invalid").WithMessage("单位类型不正确");
        RuleFor(x => x.CreditCode)
            .Must(c => string.IsNullOrWhiteSpace(c) || UnifiedSocialCreditCode.IsValid(c.Trim().ToUpperInvariant()))
            .WithErrorCode("unit.credit_code_invalid").WithMessage("统一社会信用代码格式或校验位不正确");
        RuleFor(x => x.SortOrder)
            .InclusiveBetween(0, 1_000_000).WithErrorCode("unit.sort_order_invalid").WithMessage("排序号应在 0 到 1000000 之间");
        When(x => x.Contact is not null, () =>
        {
            RuleFor(x => x.Contact!.Person).MaximumLength(50).WithErrorCode("unit.contact_too_long").WithMessage("联系人不能超过 50 个字");
            RuleFor(x => x.Contact!.Phone).MaximumLength(50).WithErrorCode("unit.contact_too_long").WithMessage("联系电话不能超过 50 个字符")
                .Matches(@"^[0-9\-+() 转]*$").WithErrorCode("unit.phone_invalid").WithMessage("联系电话只能包含数字、空格和 -+()");
            RuleFor(x => x.Contact!.Address).MaximumLength(200).WithErrorCode("unit.contact_too_long").WithMessage("办公地址不能超过 200 个字");
            RuleFor(x => x.Contact!.Email).MaximumLength(100).WithErrorCode("unit.contact_too_long").WithMessage("电子邮箱不能超过 100 个字符")
                .EmailAddress().When(x => !string.IsNullOrEmpty(x.Contact!.Email)).WithErrorCode("unit.email_invalid").WithMessage("电子邮箱格式不正确");
            RuleFor(x => x.Contact!.PostalCode).Matches(@"^\d{6}$").When(x => !string.IsNullOrEmpty(x.Contact!.PostalCode))
                .WithErrorCode("unit.postal_code_invalid").WithMessage("邮政编码应为 6 位数字");
        });
    }
}
