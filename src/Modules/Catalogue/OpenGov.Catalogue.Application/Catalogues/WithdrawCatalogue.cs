using FluentValidation;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;

namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>The unit takes its submitted catalogue back to draft before the county office has decided (CAT-7).</summary>
[AuthorizeRoles(Roles.Editor, Roles.UnitAdmin)]
public sealed record WithdrawCatalogueCommand(Guid UnitId, string DomainCode, int? Version) : ICommand<Guid>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

internal sealed class WithdrawCatalogueValidator : AbstractValidator<WithdrawCatalogueCommand>
{
    public WithdrawCatalogueValidator() =>
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
}

internal sealed class WithdrawCatalogueHandler(ICatalogueDb db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<WithdrawCatalogueCommand, Guid>
{
    public async Task<Result<Guid>> Handle(WithdrawCatalogueCommand command, CancellationToken cancellationToken)
    {
        var open = await db.OwnOpenVersionAsync(currentUser, command.UnitId, command.DomainCode, command.Version, cancellationToken);
        if (!open.IsSuccess)
        {
            return open.Error;
        }

        var withdrawn = open.Value.Withdraw(clock.GetUtcNow());
        return withdrawn.IsSuccess ? open.Value.Id : withdrawn.Error;
    }
}
