using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using SecurityRoles = OpenGov.BuildingBlocks.Application.Security.Roles;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Application.Abstractions;
using OpenGov.Organization.Domain.Users;

namespace OpenGov.Organization.Application.Users;

[AuthorizeRoles(SecurityRoles.CountyAdmin, SecurityRoles.UnitAdmin)]
public sealed record UpdateStaffUserCommand(Guid Id, string? DisplayName, Guid? UnitId, IReadOnlyList<string>? Roles, int? Version) : ICommand<Guid>;

[AuthorizeRoles(SecurityRoles.CountyAdmin, SecurityRoles.UnitAdmin)]
public sealed record SetStaffUserDisabledCommand(Guid Id, bool Disabled) : ICommand<Guid>;

/// <summary>Without a password, one is generated and returned once; either way the user must change it.</summary>
[AuthorizeRoles(SecurityRoles.CountyAdmin, SecurityRoles.UnitAdmin)]
public sealed record ResetStaffUserPasswordCommand(Guid Id, string? Password) : ICommand<CreatedStaffUser>;

[AuthorizeRoles(SecurityRoles.CountyAdmin, SecurityRoles.UnitAdmin)]
public sealed record UnlockStaffUserCommand(Guid Id) : ICommand<Guid>;

/// <summary>Any signed-in staff user changes their own password with the current one.</summary>
public sealed record ChangeOwnPasswordCommand(string? CurrentPassword, string? NewPassword) : ICommand<Guid>;

internal sealed class UpdateStaffUserValidator : AbstractValidator<UpdateStaffUserCommand>
{
    public UpdateStaffUserValidator()
    {
        RuleFor(x => x.DisplayName).ValidDisplayName();
        RuleFor(x => x.UnitId).Must(id => id is { } value && value != Guid.Empty).WithErrorCode("user.unit_required").WithMessage("请选择所属单位");
        RuleFor(x => x.Roles).ValidRoles();
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed class ResetStaffUserPasswordValidator : AbstractValidator<ResetStaffUserPasswordCommand>
{
    public ResetStaffUserPasswordValidator(IOptions<SignInOptions> options) =>
        RuleFor(x => x.Password).StrongPassword(options.Value.MinPasswordLength).When(x => x.Password is not null);
}

internal sealed class ChangeOwnPasswordValidator : AbstractValidator<ChangeOwnPasswordCommand>
{
    public ChangeOwnPasswordValidator(IOptions<SignInOptions> options)
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithErrorCode("password.current_required").WithMessage("请填写当前密码")
            .MaximumLength(128).WithErrorCode("password.too_long").WithMessage("密码不能超过 128 位");
        RuleFor(x => x.NewPassword).StrongPassword(options.Value.MinPasswordLength)
            .NotEqual(x => x.CurrentPassword).WithErrorCode("password.unchanged").WithMessage("新密码不能与当前密码相同");
    }
}

/// <summary>Loads a user the caller may manage: 404 when it does not exist, 403 when it belongs to another unit.</summary>
internal static class ManagedUser
{
    public static async Task<Result<StaffUser>> LoadAsync(IOrganizationDb db, ICurrentUser currentUser, Guid id, CancellationToken cancellationToken)
    {
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return Error.NotFound("user.not_found", "账号不存在");
        }

        if (!currentUser.CanActFor(user.UnitId) || (!currentUser.IsCountyAdmin && user.Roles.Contains(SecurityRoles.CountyAdmin)))
        {
            return Error.Forbidden("auth.unit_scope", "只能管理本单位的工作人员");
        }

        return user;
    }
}

internal sealed class UpdateStaffUserHandler(IOrganizationDb db, ICurrentUser currentUser) : ICommandHandler<UpdateStaffUserCommand, Guid>
{
    public async Task<Result<Guid>> Handle(UpdateStaffUserCommand command, CancellationToken cancellationToken)
    {
        var loaded = await ManagedUser.LoadAsync(db, currentUser, command.Id, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var user = loaded.Value;
        if (user.Version != command.Version)
        {
            return Error.StaleVersion(command.Version!.Value, user.Version);
        }

        if (StaffUserRules.CheckGrant(currentUser, command.UnitId!.Value, command.Roles!) is { } forbidden)
        {
            return forbidden;
        }

        if (user.Id == currentUser.UserId && user.Roles.Contains(SecurityRoles.CountyAdmin) && !command.Roles!.Contains(SecurityRoles.CountyAdmin))
        {
            return Error.Conflict("user.cannot_demote_self", "不能取消自己的县级管理员角色，以免无人管理");
        }

        if (!await db.Units.AnyAsync(u => u.Id == command.UnitId && u.IsActive, cancellationToken))
        {
            return Error.Field("user.unit_not_found", "unitId", "所属单位不存在或已停用");
        }

        user.Update(command.DisplayName!, command.UnitId!.Value, command.Roles!);
        return user.Id;
    }
}

internal sealed class SetStaffUserDisabledHandler(IOrganizationDb db, ICurrentUser currentUser) : ICommandHandler<SetStaffUserDisabledCommand, Guid>
{
    public async Task<Result<Guid>> Handle(SetStaffUserDisabledCommand command, CancellationToken cancellationToken)
    {
        var loaded = await ManagedUser.LoadAsync(db, currentUser, command.Id, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        if (command.Disabled && loaded.Value.Id == currentUser.UserId)
        {
            return Error.Conflict("user.cannot_disable_self", "不能停用自己的账号");
        }

        loaded.Value.SetDisabled(command.Disabled);
        return loaded.Value.Id;
    }
}

internal sealed class ResetStaffUserPasswordHandler(IOrganizationDb db, ICurrentUser currentUser, IPasswordHasher hasher, IOptions<SignInOptions> policy)
    : ICommandHandler<ResetStaffUserPasswordCommand, CreatedStaffUser>
{
    public async Task<Result<CreatedStaffUser>> Handle(ResetStaffUserPasswordCommand command, CancellationToken cancellationToken)
    {
        var loaded = await ManagedUser.LoadAsync(db, currentUser, command.Id, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var generated = command.Password is null ? Passwords.Generate(policy.Value) : null;
        loaded.Value.ResetPassword(hasher.Hash(command.Password ?? generated!));
        return new CreatedStaffUser(loaded.Value.Id, generated);
    }
}

internal sealed class UnlockStaffUserHandler(IOrganizationDb db, ICurrentUser currentUser) : ICommandHandler<UnlockStaffUserCommand, Guid>
{
    public async Task<Result<Guid>> Handle(UnlockStaffUserCommand command, CancellationToken cancellationToken)
    {
        var loaded = await ManagedUser.LoadAsync(db, currentUser, command.Id, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        loaded.Value.Unlock();
        return loaded.Value.Id;
    }
}

internal sealed class ChangeOwnPasswordHandler(IOrganizationDb db, ICurrentUser currentUser, IPasswordHasher hasher)
    : ICommandHandler<ChangeOwnPasswordCommand, Guid>
{
    public async Task<Result<Guid>> Handle(ChangeOwnPasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.Id == currentUser.UserId, cancellationToken);
        if (user is null)
        {
            return Error.Forbidden("user.staff_only", "只有工作人员账号可以修改密码");
        }

        if (!hasher.Verify(user.PasswordHash, command.CurrentPassword!).Valid)
        {
            return Error.Field("password.current_wrong", "currentPassword", "当前密码不正确");
        }

        user.ChangeOwnPassword(hasher.Hash(command.NewPassword!));
        return user.Id;
    }
}
