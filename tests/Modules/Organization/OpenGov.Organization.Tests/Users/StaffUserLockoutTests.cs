using static OpenGov.Organization.Tests.Users.StaffUserFactory;

namespace OpenGov.Organization.Tests.Users;

public sealed class StaffUserLockoutTests
{
    private static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Given_N_failures_in_a_row_Then_locked_only_at_the_Nth(int maxFailures)
    {
        var user = Create();

        for (var i = 1; i < maxFailures; i++)
        {
            user.RecordFailedSignIn(Now.AddSeconds(i), maxFailures, Lockout);
            Assert.False(user.IsLockedOut(Now.AddSeconds(i)), $"locked after {i} of {maxFailures} failures");
            Assert.Equal(i, user.FailedSignInCount);
        }

        var last = Now.AddMinutes(1);
        user.RecordFailedSignIn(last, maxFailures, Lockout);

        Assert.True(user.IsLockedOut(last));
        Assert.Equal(last + Lockout, user.LockedUntil);
        Assert.Equal(0, user.FailedSignInCount);
    }

    [Fact]
    public void Lock_expires_exactly_at_now_plus_duration()
    {
        var user = Create();
        var duration = TimeSpan.FromMinutes(30);
        user.RecordFailedSignIn(Now, 1, duration);

        Assert.True(user.IsLockedOut(Now + duration - TimeSpan.FromTicks(1)));
        Assert.False(user.IsLockedOut(Now + duration));
        Assert.False(user.IsLockedOut(Now + duration + TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void Given_failures_When_signing_in_Then_the_counter_starts_again()
    {
        var user = Create();
        user.RecordFailedSignIn(Now, 3, Lockout);
        user.RecordFailedSignIn(Now, 3, Lockout);

        user.RecordSignIn(Now.AddMinutes(1), rehashedPassword: null);

        Assert.Equal(0, user.FailedSignInCount);
        Assert.Equal(Now.AddMinutes(1), user.LastSignInAt);
        user.RecordFailedSignIn(Now.AddMinutes(2), 3, Lockout);
        user.RecordFailedSignIn(Now.AddMinutes(2), 3, Lockout);
        Assert.False(user.IsLockedOut(Now.AddMinutes(2)));
        user.RecordFailedSignIn(Now.AddMinutes(2), 3, Lockout);
        Assert.True(user.IsLockedOut(Now.AddMinutes(2)));
    }

    [Fact]
    public void Given_an_expired_lock_Then_N_new_failures_lock_again()
    {
        var user = Create();
        for (var i = 0; i < 3; i++)
        {
            user.RecordFailedSignIn(Now, 3, Lockout);
        }

        var afterLock = Now + Lockout;
        Assert.False(user.IsLockedOut(afterLock));
        user.RecordFailedSignIn(afterLock, 3, Lockout);
        Assert.False(user.IsLockedOut(afterLock));
        user.RecordFailedSignIn(afterLock, 3, Lockout);
        user.RecordFailedSignIn(afterLock, 3, Lockout);
        Assert.Equal(afterLock + Lockout, user.LockedUntil);
    }

    [Fact]
    public void Sign_in_keeps_the_hash_unless_rehashed()
    {
        var user = Create();

        user.RecordSignIn(Now, rehashedPassword: null);
        Assert.Equal("hash-1", user.PasswordHash);

        user.RecordSignIn(Now, rehashedPassword: "hash-2");
        Assert.Equal("hash-2", user.PasswordHash);
    }

    [Fact]
    public void Unlock_clears_lock_and_counter()
    {
        var user = Create();
        user.RecordFailedSignIn(Now, 2, Lockout);
        user.RecordFailedSignIn(Now, 2, Lockout);
        user.RecordFailedSignIn(Now, 2, Lockout);

        user.Unlock();

        Assert.False(user.IsLockedOut(Now));
        Assert.Null(user.LockedUntil);
        Assert.Equal(0, user.FailedSignInCount);
    }
}
