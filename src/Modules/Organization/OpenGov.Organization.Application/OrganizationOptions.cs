namespace OpenGov.Organization.Application;

public sealed class CountyOptions
{
    public const string Section = "County";

    /// <summary>Name of the county government, the root unit created on first start.</summary>
    public string Name { get; set; } = "XX县人民政府";
}

public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string? AdminUserName { get; set; }

    public string? AdminPassword { get; set; }
}

public sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>Wrong passwords in a row before the account is locked.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public int MinPasswordLength { get; set; } = 8;
}
