using OpenGov.Organization.Application;

namespace OpenGov.Organization.Tests.Validation;

public sealed class PasswordsTests
{
    private const string LookAlikes = "0O1lI";

    [Fact]
    public void Default_password_has_16_characters()
    {
        Assert.Equal(16, Passwords.Generate().Length);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(32)]
    public void Password_has_the_requested_length(int length)
    {
        Assert.Equal(length, Passwords.Generate(length).Length);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(16)]
    public void Password_has_letters_and_digits_and_no_look_alikes(int length)
    {
        for (var i = 0; i < 200; i++)
        {
            var password = Passwords.Generate(length);

            Assert.Contains(password, char.IsAsciiLetter);
            Assert.Contains(password, char.IsAsciiDigit);
            Assert.All(password, c => Assert.True(char.IsAsciiLetterOrDigit(c), password));
            Assert.DoesNotContain(password, LookAlikes.Contains);
        }
    }

    [Fact]
    public void Generated_password_satisfies_the_strong_password_rule_at_default_length()
    {
        for (var i = 0; i < 100; i++)
        {
            var password = Passwords.Generate();
            Assert.True(password.Any(char.IsLetter) && password.Any(char.IsDigit));
            Assert.True(password.Length >= new SignInOptions().MinPasswordLength);
        }
    }

    [Fact]
    public void A_thousand_passwords_are_all_distinct()
    {
        var passwords = Enumerable.Range(0, 1000).Select(_ => Passwords.Generate()).ToList();

        Assert.Equal(1000, passwords.Distinct(StringComparer.Ordinal).Count());
    }
}
