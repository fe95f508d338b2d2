using FluentValidation;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;

namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>The unit sends its compiled catalogue to the county office for review (CAT-7).</summary>
[AuthorizeRoles(Roles.Editor, Roles.UnitAdmin)]
public sealed record SubmitCatalogueCommand(Guid UnitId, string DomainCode, int? Version) : ICommand<Guid>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

internal sealed class SubmitCatalogueValidator : AbstractValidator<SubmitCatalogueCommand>
{
    public SubmitCatalogueValidator() =>
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
}

internal sealed class SubmitCatalogueHandler(ICatalogueDb db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<SubmitCatalogueCommand, Guid>
{
    public async Task<Result<Guid>> Handle(SubmitCatalogueCommand command, CancellationToken cancellationToken)
    {
        if (currentUser.OwnUnitOnly(command.UnitId) is { } forbidden)
        {
            return forbidden;
        }

        var open = await db.OpenVersionAsync(command.UnitId, command.DomainCode, command.Version, cancellationToken);
        if (!open.IsSuccess)
        {
            return open.Error;
        }

        var submitted = open.Value.Submit(currentUser.UserId, clock.GetUtcNow());
        return submitted.IsSuccess ? open.Value.Id : submitted.Error;
    }
}
