using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Application.Abstractions;
using OpenGov.Organization.Contracts;
using OpenGov.Organization.Domain.Units;

namespace OpenGov.Organization.Application.Units;

/// <summary>A unit administrator may edit their own unit's name and contact, but not its type or place in the hierarchy.</summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin)]
public sealed record UpdateUnitCommand(
    Guid Id, string? Name, string? ShortName, OrganizationUnitType? Type, Guid? ParentId, string? CreditCode, ContactDto? Contact, int? SortOrder,
    int? Version) : ICommand<Guid>, IUnitInput, IUnitScoped
{
    public Guid ScopeUnitId => Id;
}

internal sealed class UpdateUnitValidator : AbstractValidator<UpdateUnitCommand>
{
    public UpdateUnitValidator()
    {
        Include(new UnitInputValidator());
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed class UpdateUnitHandler(IOrganizationDb db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<UpdateUnitCommand, Guid>
{
    public async Task<Result<Guid>> Handle(UpdateUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FindAsync([command.Id], cancellationToken);
        if (unit is null)
        {
            return Error.NotFound("unit.not_found", "单位不存在");
        }

        if (unit.Version != command.Version)
        {
            return Error.StaleVersion(command.Version!.Value, unit.Version);
        }

        var details = command.ToDetails();
        if (!currentUser.IsCountyAdmin && (details.Type != unit.Type || command.ParentId != unit.ParentId))
        {
            return Error.Forbidden("unit.structure_county_only", "单位类型和上级单位只能由县级管理员修改");
        }

        var name = details.Name.Trim();
        if (await db.Units.AnyAsync(u => u.Name == name && u.Id != unit.Id, cancellationToken))
        {
            return Error.Field("unit.name_duplicate", "name", $"已有名为“{name}”的单位");
        }

        Unit? parent = null;
        var ancestors = new List<Guid>();
        if (command.ParentId is { } parentId)
        {
            parent = await db.Units.FindAsync([parentId], cancellationToken);
            if (parent is null)
            {
                return Error.Field("unit.parent_not_found", "parentId", "上级单位不存在");
            }

            ancestors = await AncestorsOf(parent, cancellationToken);
        }

        var updated = unit.Update(details, parent, ancestors, clock.GetUtcNow());
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }

        return unit.Id;
    }

    private async Task<List<Guid>> AncestorsOf(Unit unit, CancellationToken cancellationToken)
    {
        var parents = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToDictionaryAsync(u => u.Id, u => u.ParentId, cancellationToken);
        var chain = new List<Guid>();
        var current = unit.ParentId;
        while (current is { } id && !chain.Contains(id))
        {
            chain.Add(id);
            current = parents.GetValueOrDefault(id);
        }

        return chain;
    }
}
