using OpenGov.Organization.Domain.Units;

namespace OpenGov.Organization.Tests.Units;

public sealed class UnifiedSocialCreditCodeTests
{
    // 91350100M000100Y43 is the example most often cited when the standard is explained;
    // 91440300708461136T is a code in wide public circulation. Neither is trusted blindly: the first
    // theory re-derives each check character with ReferenceCreditCode.
    public static TheoryData<string> PublishedCodes => new()
    {
        "91350100M000100Y43",
        "91440300708461136T",
    };

    [Theory]
    [MemberData(nameof(PublishedCodes))]
    public void Published_code_passes_the_reference_algorithm_and_is_valid(string code)
    {
        Assert.Equal(code[17], ReferenceCreditCode.CheckCharacter(code[..17]));
        Assert.True(UnifiedSocialCreditCode.IsValid(code));
    }

    [Theory]
    [MemberData(nameof(PublishedCodes))]
    public void Every_other_check_character_is_refused(string code)
    {
        foreach (var wrong in ReferenceCreditCode.Alphabet.Where(c => c != code[17]))
        {
            Assert.False(UnifiedSocialCreditCode.IsValid(code[..17] + wrong), $"{code[..17]}{wrong} was accepted");
        }
    }

    [Theory]
    [InlineData("12330100MB0000000")]
    [InlineData("52330100000000000")]
    [InlineData("Y1000000000000000")]
    [InlineData("93330681MA2BCDEFG")]
    [InlineData("00000000000000000")]
    [InlineData("YYYYYYYYYYYYYYYYY")]
    public void WithCheckCharacter_agrees_with_the_reference_and_round_trips(string first17)
    {
        var code = UnifiedSocialCreditCode.WithCheckCharacter(first17);

        Assert.Equal(first17 + ReferenceCreditCode.CheckCharacter(first17), code);
        Assert.True(UnifiedSocialCreditCode.IsValid(code));
    }

    [Theory]
    [MemberData(nameof(PublishedCodes))]
    public void WithCheckCharacter_rebuilds_a_published_code(string code) =>
        Assert.Equal(code, UnifiedSocialCreditCode.WithCheckCharacter(code[..17]));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData(" 91350100M000100Y43")]
    public void Wrong_length_is_invalid(string? code) => Assert.False(UnifiedSocialCreditCode.IsValid(code));

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('Z')]
    [InlineData('S')]
    [InlineData('V')]
    public void Forbidden_letter_is_invalid_whatever_the_check_character(char letter)
    {
        // 91350100M000100Y4 with its "M" replaced: no check character can make it valid.
        var first17 = "91350100" + letter + "000100Y4";
        foreach (var check in ReferenceCreditCode.Alphabet + "IOZSV")
        {
            Assert.False(UnifiedSocialCreditCode.IsValid(first17 + check), $"{first17}{check} was accepted");
        }
    }

    [Fact]
    public void Forbidden_letter_as_check_character_is_invalid()
    {
        foreach (var check in "IOZSV")
        {
            Assert.False(UnifiedSocialCreditCode.IsValid("91350100M000100Y4" + check));
        }
    }

    [Fact]
    public void Lowercase_is_refused_by_IsValid_because_callers_upper_case_first()
    {
        const string code = "91350100M000100Y43";

        Assert.False(UnifiedSocialCreditCode.IsValid(code.ToLowerInvariant()));
        Assert.True(UnifiedSocialCreditCode.IsValid(code.ToLowerInvariant().ToUpperInvariant()));
    }

    [Fact]
    public void Every_alphabet_character_is_accepted_in_every_position()
    {
        for (var position = 0; position < 17; position++)
        {
            foreach (var c in ReferenceCreditCode.Alphabet)
            {
                var first17 = new string('1', position) + c + new string('1', 16 - position);
                var code = first17 + ReferenceCreditCode.CheckCharacter(first17);
                Assert.True(UnifiedSocialCreditCode.IsValid(code), code);
            }
        }
    }
}
