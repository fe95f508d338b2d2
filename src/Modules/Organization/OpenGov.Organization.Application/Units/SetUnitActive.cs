using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Application.Abstractions;

namespace OpenGov.Organization.Application.Units;

/// <summary>Units are never deleted (publications, requests and reports refer to them): they are deactivated.</summary>
[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record SetUnitActiveCommand(Guid Id, bool Active) : ICommand<Guid>;

internal sealed class SetUnitActiveHandler(IOrganizationDb db, TimeProvider clock) : ICommandHandler<SetUnitActiveCommand, Guid>
{
    public async Task<Result<Guid>> Handle(SetUnitActiveCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FindAsync([command.Id], cancellationToken);
        if (unit is null)
        {
            return Error.NotFound("unit.not_found", "单位不存在");
        }

        var hasActiveChildren = await db.Units.AnyAsync(u => u.ParentId == unit.Id && u.IsActive, cancellationToken);
        var parentIsActive = unit.ParentId is not { } parentId || await db.Units.AnyAsync(u => u.Id == parentId && u.IsActive, cancellationToken);
        var result = unit.SetActive(command.Active, hasActiveChildren, parentIsActive, clock.GetUtcNow());
        if (!result.IsSuccess)
        {
            return result.Error;
        }

        return unit.Id;
    }
}
