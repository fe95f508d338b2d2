using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Domain.Catalogues;
using OpenGov.Organization.Contracts;

namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>
/// Starts the unit's catalogue for a domain (version 1), or — once one is published — a new version that copies
/// it for 动态调整 (CAT-8), with the change reason. One open version per unit × domain at a time.
/// </summary>
[AuthorizeRoles(Roles.Editor, Roles.UnitAdmin)]
public sealed record OpenCatalogueDraftCommand(Guid UnitId, string DomainCode, string? ChangeReason) : ICommand<Guid>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

internal sealed class OpenCatalogueDraftValidator : AbstractValidator<OpenCatalogueDraftCommand>
{
    public OpenCatalogueDraftValidator() =>
        RuleFor(x => x.ChangeReason).MaximumLength(UnitCatalogue.ReasonMaxLength)
            .WithErrorCode("catalogue.reason_too_long").WithMessage($"调整原因不能超过 {UnitCatalogue.ReasonMaxLength} 个字");
}

internal sealed class OpenCatalogueDraftHandler(ICatalogueDb db, ICurrentUser currentUser, IMediator mediator, TimeProvider clock)
    : ICommandHandler<OpenCatalogueDraftCommand, Guid>
{
    public async Task<Result<Guid>> Handle(OpenCatalogueDraftCommand command, CancellationToken cancellationToken)
    {
        if (currentUser.OwnUnitOnly(command.UnitId) is { } forbidden)
        {
            return forbidden;
        }

        var domain = await db.Domains.AsNoTracking().FirstOrDefaultAsync(d => d.Id == command.DomainCode, cancellationToken);
        if (domain is null)
        {
            return Error.NotFound("domain.not_found", "公开领域不存在");
        }

        if (domain.IsRetired)
        {
            return Error.Conflict("domain.retired", $"领域“{domain.Name}”已停用，不能新建目录");
        }

        var units = await mediator.Send(new GetUnitSummariesQuery([command.UnitId], ActiveOnly: true), cancellationToken);
        if (!units.IsSuccess || units.Value.Count == 0)
        {
            return Error.NotFound("unit.not_found", "单位不存在或已停用");
        }

        var latest = await db.LatestAsync(command.UnitId, command.DomainCode, cancellationToken);
        var now = clock.GetUtcNow();
        if (latest is null)
        {
            var first = UnitCatalogue.StartFirst(Guid.NewGuid(), command.UnitId, command.DomainCode, now);
            db.Catalogues.Add(first);
            return first.Id;
        }

        if (latest.IsOpen)
        {
            return Error.Conflict("catalogue.open_version_exists", $"该目录已有未发布的第 {latest.Edition} 版，请继续编制该版本");
        }

        var next = UnitCatalogue.StartRevision(Guid.NewGuid(), latest, command.ChangeReason, now);
        if (!next.IsSuccess)
        {
            return next.Error;
        }

        db.Catalogues.Add(next.Value);
        return next.Value.Id;
    }
}
