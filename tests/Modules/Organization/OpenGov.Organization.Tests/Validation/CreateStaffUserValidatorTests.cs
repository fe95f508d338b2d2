using Microsoft.Extensions.Options;
using OpenGov.Organization.Application;
using OpenGov.Organization.Application.Users;
using static OpenGov.Organization.Tests.Validation.ValidationAssert;

namespace OpenGov.Organization.Tests.Validation;

public sealed class CreateStaffUserValidatorTests
{
    private static CreateStaffUserCommand Valid() => new("zhang.san-01@gov", "张三", Guid.NewGuid(), ["Editor", "Reviewer"], "Abcdef12");

    private static FluentValidation.Results.ValidationResult Validate(CreateStaffUserCommand command, int minPasswordLength = 8) =>
        new CreateStaffUserValidator(Options.Create(new SignInOptions { MinPasswordLength = minPasswordLength })).Validate(command);

    [Fact]
    public void Valid_command_passes()
    {
        Assert.True(Validate(Valid()).IsValid);
    }

    [Fact]
    public void Missing_password_passes_because_one_is_generated()
    {
        Assert.True(Validate(Valid() with { Password = null }).IsValid);
    }

    [Fact]
    public void Default_options_require_eight_characters()
    {
        var validator = new CreateStaffUserValidator(Options.Create(new SignInOptions()));

        Assert.True(validator.Validate(Valid() with { Password = "abcdef12" }).IsValid);
        Assert.Equal("password.too_short", Assert.Single(validator.Validate(Valid() with { Password = "abcde12" }).Errors).ErrorCode);
    }

    [Theory]
    [InlineData("张三")]
    [InlineData("zhang san")]
    [InlineData("zhang#san")]
    [InlineData("zhang/san")]
    public void User_name_outside_the_pattern_is_refused(string userName)
    {
        SingleFailure(Validate(Valid() with { UserName = userName }), "user.user_name_invalid", "UserName");
    }

    [Theory]
    [InlineData("z")]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijk")]
    public void User_name_of_wrong_length_is_refused(string userName)
    {
        SingleFailure(Validate(Valid() with { UserName = userName }), "user.user_name_length", "UserName");
    }

    [Fact]
    public void Missing_user_name_is_refused()
    {
        HasFailure(Validate(Valid() with { UserName = "" }), "user.user_name_required", "UserName");
    }

    [Theory]
    [InlineData("SuperAdmin")]
    [InlineData("ApiClient")]
    [InlineData("editor")]
    public void Unknown_role_is_refused(string role)
    {
        var failure = SingleFailure(Validate(Valid() with { Roles = ["Editor", role] }), "user.role_invalid", "Roles");

        Assert.StartsWith("角色只能是：", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_role_list_is_refused()
    {
        SingleFailure(Validate(Valid() with { Roles = [] }), "user.roles_required", "Roles");
    }

    [Theory]
    [InlineData("abcdefghij")]
    [InlineData("1234567890")]
    [InlineData("!!!!!!!!!!")]
    public void Weak_password_is_refused(string password)
    {
        var failure = SingleFailure(Validate(Valid() with { Password = password }), "password.too_weak", "Password");

        Assert.Equal("密码必须同时包含字母和数字", failure.ErrorMessage);
    }

    [Fact]
    public void Short_password_is_refused_with_the_configured_minimum()
    {
        var failure = SingleFailure(Validate(Valid() with { Password = "abc12345" }, minPasswordLength: 10), "password.too_short", "Password");

        Assert.Equal("密码至少 10 位", failure.ErrorMessage);
    }

    [Fact]
    public void Password_over_128_characters_is_refused()
    {
        SingleFailure(Validate(Valid() with { Password = new string('a', 128) + "1" }), "password.too_long", "Password");
    }

    [Fact]
    public void Missing_display_name_and_unit_are_refused()
    {
        var result = Validate(Valid() with { DisplayName = " ", UnitId = Guid.Empty });

        Assert.Equal(["user.display_name_required", "user.unit_required"], result.Errors.Select(e => e.ErrorCode).Order());
    }
}
