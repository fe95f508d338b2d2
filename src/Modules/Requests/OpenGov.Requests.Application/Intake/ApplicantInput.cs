using FluentValidation;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Intake;

/// <summary>The applicant as entered (REQ-2).</summary>
/// <param name="Kind">申请人类型：NaturalPerson 自然人；法人或其他组织：CommercialEnterprise 商业企业、ResearchInstitution 科研机构、PublicWelfareOrganization 社会公益组织、LegalServiceInstitution 法律服务机构、OtherOrganization 其他</param>
/// <param name="Name">姓名或名称</param>
/// <param name="IdentityDocument">身份证件名称及号码，或统一社会信用代码</param>
/// <param name="ContactPerson">联系人（法人或其他组织必填）</param>
/// <param name="Phone">联系电话</param>
/// <param name="Email">电子邮箱</param>
/// <param name="Address">通信地址</param>
/// <param name="PostalCode">邮政编码</param>
public sealed record ApplicantInput(
    ApplicantKind? Kind, string? Name, string? IdentityDocument, string? ContactPerson, string? Phone, string? Email, string? Address, string? PostalCode)
{
    public Applicant ToApplicant() => new()
    {
        Kind = Kind!.Value,
        Name = Name!.Trim(),
        IdentityDocument = IdentityDocument?.Trim(),
        ContactPerson = ContactPerson?.Trim(),
        Phone = Phone?.Trim(),
        Email = Email?.Trim(),
        Address = Address?.Trim(),
        PostalCode = PostalCode?.Trim(),
    };
}

internal sealed class ApplicantInputValidator : AbstractValidator<ApplicantInput>
{
    public ApplicantInputValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithErrorCode("requests.applicant_kind_required").WithMessage("请选择申请人类型")
            .IsInEnum().WithErrorCode("requests.choice_unknown").WithMessage("申请人类型不在可选范围内");
        RuleFor(x => x.Name).NotEmpty().WithErrorCode("requests.applicant_name_required").WithMessage("请填写申请人姓名或名称")
            .MaximumLength(Applicant.NameMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {Applicant.NameMaxLength} 个字");
        RuleFor(x => x.IdentityDocument).NotEmpty().WithErrorCode("requests.identity_required").WithMessage("请填写身份证件或统一社会信用代码（条例第二十九条）");
        RuleFor(x => x.ContactPerson).NotEmpty().When(x => x.Kind is not null and not ApplicantKind.NaturalPerson)
            .WithErrorCode("requests.contact_person_required").WithMessage("法人或其他组织请填写联系人");
        RuleFor(x => x).Must(x => !string.IsNullOrWhiteSpace(x.Phone) || !string.IsNullOrWhiteSpace(x.Email) || !string.IsNullOrWhiteSpace(x.Address))
            .WithName("phone").OverridePropertyName("phone")
            .WithErrorCode("requests.contact_required").WithMessage("请至少填写一种联系方式：电话、电子邮箱或通信地址");
        RuleFor(x => x.Email).EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Email))
            .WithErrorCode("requests.email_invalid").WithMessage("电子邮箱格式不正确");
        Longest(x => x.IdentityDocument);
        Longest(x => x.ContactPerson);
        Longest(x => x.Phone);
        Longest(x => x.Email);
        Longest(x => x.Address);
        Longest(x => x.PostalCode);
    }

    private void Longest(System.Linq.Expressions.Expression<Func<ApplicantInput, string?>> field) =>
        RuleFor(field).MaximumLength(Applicant.FieldMaxLength).WithErrorCode("requests.too_long").WithMessage($"不能超过 {Applicant.FieldMaxLength} 个字");
}
