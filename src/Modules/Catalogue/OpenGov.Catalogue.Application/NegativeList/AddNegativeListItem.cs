using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Application.Catalogues;
using OpenGov.Catalogue.Domain.NegativeList;

namespace OpenGov.Catalogue.Application.NegativeList;

/// <summary>The unit's own Editors and UnitAdmin put an item on its 负面清单 (CAT-11).</summary>
[AuthorizeRoles(Roles.Editor, Roles.UnitAdmin)]
public sealed record AddNegativeListItemCommand(Guid UnitId, string? DomainCode, string? Name, string? Description, string? LegalBasis)
    : ICommand<Guid>, IUnitScoped, INegativeListItemInput
{
    public Guid ScopeUnitId => UnitId;
}

/// <summary>Corrects an entry still on the list.</summary>
[AuthorizeRoles(Roles.Editor, Roles.UnitAdmin)]
public sealed record UpdateNegativeListItemCommand(Guid UnitId, Guid Id, string? DomainCode, string? Name, string? Description, string? LegalBasis, int? Version)
    : ICommand<Guid>, IUnitScoped, INegativeListItemInput
{
    public Guid ScopeUnitId => UnitId;
}

internal sealed class AddNegativeListItemValidator : AbstractValidator<AddNegativeListItemCommand>
{
    public AddNegativeListItemValidator() => Include(new NegativeListItemInputValidator());
}

internal sealed class UpdateNegativeListItemValidator : AbstractValidator<UpdateNegativeListItemCommand>
{
    public UpdateNegativeListItemValidator()
    {
        Include(new NegativeListItemInputValidator());
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed class AddNegativeListItemHandler(ICatalogueDb db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<AddNegativeListItemCommand, Guid>
{
    public async Task<Result<Guid>> Handle(AddNegativeListItemCommand command, CancellationToken cancellationToken)
    {
        if (currentUser.OwnUnitOnly(command.UnitId) is { } forbidden)
        {
            return forbidden;
        }

        if (await NegativeListRules.CheckDomainAsync(db, command.DomainCode, cancellationToken) is { } domainError)
        {
            return domainError;
        }

        var item = NegativeListItem.Create(
            Guid.NewGuid(), command.UnitId, command.DomainCode, command.Name!, command.Description!, command.LegalBasis!, clock.GetUtcNow());
        db.NegativeListItems.Add(item);
        return item.Id;
    }
}

internal sealed class UpdateNegativeListItemHandler(ICatalogueDb db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<UpdateNegativeListItemCommand, Guid>
{
    public async Task<Result<Guid>> Handle(UpdateNegativeListItemCommand command, CancellationToken cancellationToken)
    {
        if (currentUser.OwnUnitOnly(command.UnitId) is { } forbidden)
        {
            return forbidden;
        }

        var item = await db.NegativeListItems.FirstOrDefaultAsync(i => i.Id == command.Id && i.UnitId == command.UnitId, cancellationToken);
        if (item is null)
        {
            return NegativeListRules.NotFound;
        }

        if (item.Version != command.Version)
        {
            return Error.StaleVersion(command.Version!.Value, item.Version);
        }

        if (await NegativeListRules.CheckDomainAsync(db, command.DomainCode, cancellationToken) is { } domainError)
        {
            return domainError;
        }

        var updated = item.Update(command.DomainCode, command.Name!, command.Description!, command.LegalBasis!, clock.GetUtcNow());
        return updated.IsSuccess ? item.Id : updated.Error;
    }
}

internal static class NegativeListRules
{
    public static readonly Error NotFound = Error.NotFound("negative_list.not_found", "负面清单事项不存在");

    public static async Task<Error?> CheckDomainAsync(ICatalogueDb db, string? domainCode, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(domainCode) || await db.Domains.AnyAsync(d => d.Id == domainCode.Trim(), ct)
            ? null
            : Error.Field("negative_list.domain_unknown", "domainCode", "公开领域不存在");
}
