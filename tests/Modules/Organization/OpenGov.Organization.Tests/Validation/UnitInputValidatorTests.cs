using OpenGov.Organization.Application.Units;
using OpenGov.Organization.Contracts;
using static OpenGov.Organization.Tests.Validation.ValidationAssert;

namespace OpenGov.Organization.Tests.Validation;

public sealed class UnitInputValidatorTests
{
    private static readonly ContactDto GoodContact = new("张三", "0571-8888 8888 转 123", "县府路1号", "gongkai@example.gov.cn", "311100");

    private static CreateUnitCommand Valid() =>
        new("县财政局", "财政局", OrganizationUnitType.CountyDepartment, Guid.NewGuid(), "91350100M000100Y43", GoodContact, 10);

    private static FluentValidation.Results.ValidationResult Validate(CreateUnitCommand command) =>
        new CreateUnitValidator().Validate(command);

    [Fact]
    public void Valid_command_passes()
    {
        Assert.True(Validate(Valid()).IsValid);
    }

    [Fact]
    public void Command_without_contact_or_optional_fields_passes()
    {
        Assert.True(Validate(new CreateUnitCommand("县财政局", null, OrganizationUnitType.Township, null, null, null, null)).IsValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_name_is_refused(string? name)
    {
        var failure = SingleFailure(Validate(Valid() with { Name = name }), "unit.name_required", "Name");

        Assert.Equal("请填写单位全称", failure.ErrorMessage);
    }

    [Fact]
    public void Name_of_101_characters_is_refused_and_100_accepted()
    {
        Assert.True(Validate(Valid() with { Name = new string('局', 100) }).IsValid);

        var failure = SingleFailure(Validate(Valid() with { Name = new string('局', 101) }), "unit.name_too_long", "Name");
        Assert.Equal("单位全称不能超过 100 个字", failure.ErrorMessage);
    }

    [Fact]
    public void Short_name_of_51_characters_is_refused()
    {
        SingleFailure(Validate(Valid() with { ShortName = new string('局', 51) }), "unit.short_name_too_long", "ShortName");
    }

    [Fact]
    public void Missing_type_is_refused()
    {
        SingleFailure(Validate(Valid() with { Type = null }), "unit.type_required", "Type");
    }

    [Fact]
    public void Undefined_type_is_refused()
    {
        SingleFailure(Validate(Valid() with { Type = (OrganizationUnitType)99 }), "unit.type_invalid", "Type");
    }

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100I000100Y43")]
    [InlineData("not a credit code")]
    public void Invalid_credit_code_is_refused(string creditCode)
    {
        var failure = SingleFailure(Validate(Valid() with { CreditCode = creditCode }), "unit.credit_code_invalid", "CreditCode");

        Assert.Equal("统一社会信用代码格式或校验位不正确", failure.ErrorMessage);
    }

    [Theory]
    [InlineData("91350100m000100y43")]
    [InlineData(" 91350100M000100Y43 ")]
    [InlineData("")]
    [InlineData("  ")]
    public void Lowercase_padded_or_blank_credit_code_is_accepted(string creditCode)
    {
        Assert.True(Validate(Valid() with { CreditCode = creditCode }).IsValid);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1_000_001)]
    public void Sort_order_out_of_range_is_refused(int sortOrder)
    {
        SingleFailure(Validate(Valid() with { SortOrder = sortOrder }), "unit.sort_order_invalid", "SortOrder");
    }

    [Theory]
    [InlineData("0571-abc")]
    [InlineData("电话12345")]
    [InlineData("0571#123")]
    public void Bad_phone_is_refused(string phone)
    {
        var failure = SingleFailure(Validate(Valid() with { Contact = GoodContact with { Phone = phone } }), "unit.phone_invalid", "Contact.Phone");

        Assert.Equal("联系电话只能包含数字、空格和 -+()", failure.ErrorMessage);
    }

    [Theory]
    [InlineData("gongkai")]
    [InlineData("gongkai@")]
    [InlineData("@example.cn")]
    public void Bad_email_is_refused(string email)
    {
        var failure = SingleFailure(Validate(Valid() with { Contact = GoodContact with { Email = email } }), "unit.email_invalid", "Contact.Email");

        Assert.Equal("电子邮箱格式不正确", failure.ErrorMessage);
    }

    [Theory]
    [InlineData("31110")]
    [InlineData("3111000")]
    [InlineData("31110a")]
    public void Bad_postal_code_is_refused(string postalCode)
    {
        var failure = SingleFailure(Validate(Valid() with { Contact = GoodContact with { PostalCode = postalCode } }), "unit.postal_code_invalid", "Contact.PostalCode");

        Assert.Equal("邮政编码应为 6 位数字", failure.ErrorMessage);
    }

    [Fact]
    public void Empty_email_phone_and_postal_code_are_accepted()
    {
        Assert.True(Validate(Valid() with { Contact = new ContactDto(null, "", null, "", "") }).IsValid);
    }

    [Fact]
    public void Over_long_contact_fields_are_refused()
    {
        var result = Validate(Valid() with { Contact = GoodContact with { Person = new string('张', 51), Address = new string('路', 201) } });

        Assert.Equal(["Contact.Address", "Contact.Person"], result.Errors.Select(e => e.PropertyName).Order());
        Assert.All(result.Errors, e => Assert.Equal("unit.contact_too_long", e.ErrorCode));
    }

    [Fact]
    public void Update_validator_applies_the_same_rules_and_requires_the_version()
    {
        var update = new UpdateUnitCommand(Guid.NewGuid(), "", null, OrganizationUnitType.CountyDepartment, Guid.NewGuid(), null, null, 0, null);

        var result = new UpdateUnitValidator().Validate(update);

        Assert.Equal(["unit.name_required", "version.required"], result.Errors.Select(e => e.ErrorCode).Order());
    }
}
