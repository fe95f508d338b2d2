using FluentValidation.Results;

namespace OpenGov.Organization.Tests.Validation;

internal static class ValidationAssert
{
    /// <summary>Exactly one failure, with the given code on the given property and a Chinese message.</summary>
    public static ValidationFailure SingleFailure(ValidationResult result, string code, string property)
    {
        var failure = Assert.Single(result.Errors);
        Assert.Equal(code, failure.ErrorCode);
        Assert.Equal(property, failure.PropertyName);
        AssertChinese(failure.ErrorMessage);
        return failure;
    }

    public static void HasFailure(ValidationResult result, string code, string property)
    {
        var failure = Assert.Single(result.Errors, f => f.ErrorCode == code);
        Assert.Equal(property, failure.PropertyName);
        AssertChinese(failure.ErrorMessage);
    }

    public static void AssertChinese(string message) =>
        Assert.True(message.Any(c => c is >= '\u4e00' and <= '\u9fff'), $"message is not Chinese: {message}");
}
