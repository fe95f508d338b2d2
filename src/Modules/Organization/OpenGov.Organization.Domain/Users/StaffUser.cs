using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Organization.Domain.Users;

/// <summary>A person who signs in with a user name and password and acts for one unit.</summary>
public sealed class StaffUser : AggregateRoot<Guid>
{
    private StaffUser()
    {
    }

    public string UserName { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public Guid UnitId { get; private set; }

    public List<string> Roles { get; private set; } = [];

    public string PasswordHash { get; private set; } = "";

    /// <summary>Set when an administrator chose the password; the user is asked to change it.</summary>
    public bool MustChangePassword { get; private set; }

    public int FailedSignInCount { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public bool IsDisabled { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastSignInAt { get; private set; }

    public static StaffUser Create(Guid id, string userName, string displayName, Guid unitId, IEnumerable<string> roles, string passwordHash, DateTimeOffset now) =>
        new()
        {
            Id = id,
            UserName = userName.Trim(),
            DisplayName = displayName.Trim(),
            UnitId = unitId,
            Roles = roles.Distinct().Order().ToList(),
            PasswordHash = passwordHash,
            MustChangePassword = true,
            CreatedAt = now,
        };

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;

    public void Update(string displayName, Guid unitId, IEnumerable<string> roles)
    {
        DisplayName = displayName.Trim();
        UnitId = unitId;
        Roles = roles.Distinct().Order().ToList();
    }

    /// <summary>Counts a wrong password; the <paramref name="maxFailures"/>th in a row locks the account for <paramref name="lockout"/>.</summary>
    public void RecordFailedSignIn(DateTimeOffset now, int maxFailures, TimeSpan lockout)
    {
        FailedSignInCount++;
        if (FailedSignInCount >= maxFailures)
        {
            LockedUntil = now + lockout;
            FailedSignInCount = 0;
        }
    }

    public void RecordSignIn(DateTimeOffset now, string? rehashedPassword)
    {
        FailedSignInCount = 0;
        LockedUntil = null;
        LastSignInAt = now;
        if (rehashedPassword is not null)
        {
            PasswordHash = rehashedPassword;
        }
    }

    /// <summary>An administrator sets the password: the account is unlocked and the user must change it.</summary>
    public void ResetPassword(string passwordHash)
    {
        PasswordHash = passwordHash;
        MustChangePassword = true;
        FailedSignInCount = 0;
        LockedUntil = null;
    }

    public void ChangeOwnPassword(string passwordHash)
    {
        PasswordHash = passwordHash;
        MustChangePassword = false;
    }

    public void Unlock()
    {
        FailedSignInCount = 0;
        LockedUntil = null;
    }

    public void SetDisabled(bool disabled) => IsDisabled = disabled;
}
