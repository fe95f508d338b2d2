using OpenGov.Organization.Domain.Users;

namespace OpenGov.Organization.Tests.Users;

internal static class StaffUserFactory
{
    public static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public static StaffUser Create(params string[] roles) =>
        StaffUser.Create(Guid.NewGuid(), "zhangsan", "张三", Guid.NewGuid(), roles.Length == 0 ? ["Editor"] : roles, "hash-1", Now);
}
