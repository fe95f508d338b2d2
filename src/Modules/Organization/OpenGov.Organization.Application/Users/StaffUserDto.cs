using OpenGov.Organization.Domain.Users;
using Riok.Mapperly.Abstractions;

namespace OpenGov.Organization.Application.Users;

/// <summary>工作人员账号</summary>
/// <param name="Id">用户编号</param>
/// <param name="UserName">登录名</param>
/// <param name="DisplayName">姓名</param>
/// <param name="UnitId">所属单位编号</param>
/// <param name="Roles">角色：CountyAdmin 县级管理员，UnitAdmin 单位管理员，Editor 编辑，Reviewer 审核人，Leader 领导</param>
/// <param name="IsDisabled">是否已停用</param>
/// <param name="LockedUntil">因多次密码错误被锁定至该时间（为空表示未锁定）</param>
/// <param name="MustChangePassword">下次登录后须修改密码</param>
/// <param name="LastSignInAt">最近一次登录时间</param>
/// <param name="CreatedAt">创建时间</param>
/// <param name="Version">版本号，修改时原样提交</param>
public sealed record StaffUserDto(
    Guid Id, string UserName, string DisplayName, Guid UnitId, IReadOnlyList<string> Roles, bool IsDisabled,
    DateTimeOffset? LockedUntil, bool MustChangePassword, DateTimeOffset? LastSignInAt, DateTimeOffset CreatedAt, int Version);

/// <summary>新建账号或重置密码的结果；初始密码只显示这一次</summary>
/// <param name="User">账号</param>
/// <param name="InitialPassword">系统生成的初始密码（由管理员指定密码时为空）</param>
public sealed record StaffUserWithPasswordDto(StaffUserDto User, string? InitialPassword);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class StaffUserMapper
{
    [MapperIgnoreSource(nameof(StaffUser.PasswordHash))]
    [MapperIgnoreSource(nameof(StaffUser.FailedSignInCount))]
    [MapperIgnoreSource(nameof(StaffUser.DomainEvents))]
    public static partial StaffUserDto ToDto(this StaffUser user);

    public static partial IQueryable<StaffUserDto> ProjectToDto(this IQueryable<StaffUser> users);
}
