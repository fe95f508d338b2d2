using System.Security.Cryptography;
using FluentValidation;

namespace OpenGov.Organization.Application;

internal static class Passwords
{
    private const string Letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";

    /// <summary>A random password without look-alike characters (0/O, 1/l), with letters and digits, never shorter than the policy.</summary>
    public static string Generate(SignInOptions policy) => Generate(Math.Max(16, policy.MinPasswordLength));

    public static string Generate(int length = 16)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 4);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            var pool = i % 4 == 3 ? Digits : Letters;
            chars[i] = pool[RandomNumberGenerator.GetInt32(pool.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    public static IRuleBuilderOptions<T, string?> StrongPassword<T>(this IRuleBuilder<T, string?> rule, int minLength) => rule
        .NotEmpty().WithErrorCode("password.required").WithMessage("请填写密码")
        .MinimumLength(minLength).WithErrorCode("password.too_short").WithMessage($"密码至少 {minLength} 位")
        .MaximumLength(128).WithErrorCode("password.too_long").WithMessage("密码不能超过 128 位")
        .Must(p => p is null || (p.Any(char.IsLetter) && p.Any(char.IsDigit)))
        .WithErrorCode("password.too_weak").WithMessage("密码必须同时包含字母和数字");
}
