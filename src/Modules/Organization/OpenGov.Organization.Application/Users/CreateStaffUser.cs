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

/// <summary>Without a password, one is generated and returned once.</summary>
[AuthorizeRoles(SecurityRoles.CountyAdmin, SecurityRoles.UnitAdmin)]
public sealed record CreateStaffUserCommand(string? UserName, string? DisplayName, Guid? UnitId, IReadOnlyList<string>? Roles, string? Password)
    : ICommand<CreatedStaffUser>;

public sealed record CreatedStaffUser(Guid Id, string? InitialPassword);

internal sealed class CreateStaffUserValidator : AbstractValidator<CreateStaffUserCommand>
{
    public CreateStaffUserValidator(IOptions<SignInOptions> options)
    {
        RuleFor(x => x.UserName)
            .NotEmpty().WithErrorCode("user.user_name_required").WithMessage("请填写登录名")
            .Length(2, 50).WithErrorCode("user.user_name_length").WithMessage("登录名长度应为 2 到 50 个字符")
            .Matches(@"^[A-Za-z0-9_.\-@]+$").WithErrorCode("user.user_name_invalid").WithMessage("登录名只能包含字母、数字和 _ . - @");
        RuleFor(x => x.DisplayName).ValidDisplayName();
        RuleFor(x => x.UnitId).Must(id => id is { } value && value != Guid.Empty).WithErrorCode("user.unit_required").WithMessage("请选择所属单位");
        RuleFor(x => x.Roles).ValidRoles();
        RuleFor(x => x.Password).StrongPassword(options.Value.MinPasswordLength).When(x => x.Password is not null);
    }
}

internal sealed class CreateStaffUserHandler(IOrganizationDb db, ICurrentUser currentUser, IPasswordHasher hasher, IOptions<SignInOptions> policy, TimeProvider clock)
    : ICommandHandler<CreateStaffUserCommand, CreatedStaffUser>
{
    public async Task<Result<CreatedStaffUser>> Handle(CreateStaffUserCommand command, CancellationToken cancellationToken)
    {
        var unitId = command.UnitId!.Value;
        if (StaffUserRules.CheckGrant(currentUser, unitId, command.Roles!) is { } forbidden)
        {
            return forbidden;
        }

        if (!await db.Units.AnyAsync(u => u.Id == unitId && u.IsActive, cancellationToken))
        {
            return Error.Field("user.unit_not_found", "unitId", "所属单位不存在或已停用");
        }

        var userName = command.UserName!.Trim();
        if (await db.StaffUsers.AnyAsync(u => u.UserName == userName, cancellationToken))
        {
            return Error.Field("user.user_name_taken", "userName", $"登录名“{userName}”已被使用");
        }

        var generated = command.Password is null ? Passwords.Generate(policy.Value) : null;
        var user = StaffUser.Create(Guid.NewGuid(), userName, command.DisplayName!, unitId, command.Roles!, hasher.Hash(command.Password ?? generated!), clock.GetUtcNow());
        db.StaffUsers.Add(user);
        return new CreatedStaffUser(user.Id, generated);
    }
}
