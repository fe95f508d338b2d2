using FluentValidation;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Organization.Application.Users;

internal static class StaffUserRules
{
    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> ValidRoles<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) => rule
        .NotEmpty().WithErrorCode("user.roles_required").WithMessage("至少选择一个角色")
        .Must(roles => roles is null || roles.All(r => Roles.Staff.Contains(r)))
        .WithErrorCode("user.role_invalid").WithMessage($"角色只能是：{string.Join("、", Roles.Staff)}");

    public static IRuleBuilderOptions<T, string?> ValidDisplayName<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotEmpty().WithErrorCode("user.display_name_required").WithMessage("请填写姓名")
        .MaximumLength(50).WithErrorCode("user.display_name_too_long").WithMessage("姓名不能超过 50 个字");

    /// <summary>Only a county administrator can make another; a unit administrator manages their own unit's staff.</summary>
    public static Error? CheckGrant(ICurrentUser currentUser, Guid unitId, IEnumerable<string> roles)
    {
        if (!currentUser.CanActFor(unitId))
        {
            return Error.Forbidden("auth.unit_scope", "只能管理本单位的工作人员");
        }

        if (!currentUser.IsCountyAdmin && roles.Contains(Roles.CountyAdmin))
        {
            return Error.Forbidden("user.county_admin_grant", "只有县级管理员可以授予县级管理员角色");
        }

        return null;
    }
}
