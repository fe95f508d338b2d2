using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Application.Abstractions;
using OpenGov.Organization.Contracts;
using OpenGov.Organization.Domain.Units;

namespace OpenGov.Organization.Application.Units;

[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record CreateUnitCommand(
    string? Name, string? ShortName, OrganizationUnitType? Type, Guid? ParentId, string? CreditCode, ContactDto? Contact, int? SortOrder)
    : ICommand<Guid>, IUnitInput;

internal sealed class CreateUnitValidator : AbstractValidator<CreateUnitCommand>
{
    public CreateUnitValidator() => Include(new UnitInputValidator());
}

internal sealed class CreateUnitHandler(IOrganizationDb db, TimeProvider clock) : ICommandHandler<CreateUnitCommand, Guid>
{
    public async Task<Result<Guid>> Handle(CreateUnitCommand command, CancellationToken cancellationToken)
    {
        var parent = command.ParentId is { } parentId ? await db.Units.FindAsync([parentId], cancellationToken) : null;
        if (command.ParentId is not null && parent is null)
        {
            return Error.Field("unit.parent_not_found", "parentId", "上级单位不存在");
        }

        var name = command.Name!.Trim();
        if (await db.Units.AnyAsync(u => u.Name == name, cancellationToken))
        {
            return Error.Field("unit.name_duplicate", "name", $"已有名为“{name}”的单位");
        }

        var created = Unit.Create(Guid.NewGuid(), command.ToDetails(), parent, clock.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error;
        }

        db.Units.Add(created.Value);
        return created.Value.Id;
    }
}
