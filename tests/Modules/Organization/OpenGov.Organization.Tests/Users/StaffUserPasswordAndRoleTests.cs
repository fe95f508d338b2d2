using OpenGov.Organization.Domain.Users;
using static OpenGov.Organization.Tests.Users.StaffUserFactory;

namespace OpenGov.Organization.Tests.Users;

public sealed class StaffUserPasswordAndRoleTests
{
    [Fact]
    public void New_user_must_change_the_password_chosen_for_them()
    {
        var unitId = Guid.NewGuid();

        var user = StaffUser.Create(Guid.NewGuid(), " zhangsan ", " 张三 ", unitId, ["Editor"], "hash-1", Now);

        Assert.True(user.MustChangePassword);
        Assert.Equal("zhangsan", user.UserName);
        Assert.Equal("张三", user.DisplayName);
        Assert.Equal(unitId, user.UnitId);
        Assert.Equal(Now, user.CreatedAt);
        Assert.False(user.IsDisabled);
        Assert.Null(user.LastSignInAt);
    }

    [Fact]
    public void Given_locked_user_When_administrator_resets_password_Then_unlocked_and_must_change()
    {
        var user = Create();
        user.ChangeOwnPassword("hash-own");
        user.RecordFailedSignIn(Now, 1, TimeSpan.FromHours(1));
        Assert.True(user.IsLockedOut(Now));

        user.ResetPassword("hash-reset");

        Assert.False(user.IsLockedOut(Now));
        Assert.Null(user.LockedUntil);
        Assert.Equal(0, user.FailedSignInCount);
        Assert.True(user.MustChangePassword);
        Assert.Equal("hash-reset", user.PasswordHash);
    }

    [Fact]
    public void Reset_password_also_clears_a_partial_failure_count()
    {
        var user = Create();
        user.RecordFailedSignIn(Now, 5, TimeSpan.FromHours(1));
        user.RecordFailedSignIn(Now, 5, TimeSpan.FromHours(1));

        user.ResetPassword("hash-reset");

        Assert.Equal(0, user.FailedSignInCount);
    }

    [Fact]
    public void Changing_own_password_clears_MustChangePassword()
    {
        var user = Create();
        Assert.True(user.MustChangePassword);

        user.ChangeOwnPassword("hash-own");

        Assert.False(user.MustChangePassword);
        Assert.Equal("hash-own", user.PasswordHash);
    }

    [Fact]
    public void Roles_are_deduplicated_and_ordered_on_create()
    {
        var user = Create("Reviewer", "Editor", "Reviewer", "CountyAdmin", "Editor");

        Assert.Equal(["CountyAdmin", "Editor", "Reviewer"], user.Roles);
    }

    [Fact]
    public void Roles_are_deduplicated_and_ordered_on_update()
    {
        var user = Create();
        var unitId = Guid.NewGuid();

        user.Update(" 李四 ", unitId, ["UnitAdmin", "Leader", "UnitAdmin"]);

        Assert.Equal(["Leader", "UnitAdmin"], user.Roles);
        Assert.Equal("李四", user.DisplayName);
        Assert.Equal(unitId, user.UnitId);
    }

    [Fact]
    public void Disabling_and_enabling_toggles_IsDisabled()
    {
        var user = Create();

        user.SetDisabled(true);
        Assert.True(user.IsDisabled);

        user.SetDisabled(false);
        Assert.False(user.IsDisabled);
    }
}
