using FluentValidation;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>The county office (县政府办公室, CountyAdmin) approves a submitted catalogue (CAT-7).</summary>
[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record ApproveCatalogueCommand(Guid UnitId, string DomainCode, int? Version) : ICommand<Guid>;

/// <summary>The county office returns a submitted catalogue with its reasons; the unit fixes and resubmits it.</summary>
[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record ReturnCatalogueCommand(Guid UnitId, string DomainCode, string? Reason, int? Version) : ICommand<Guid>;

/// <summary>
/// The county office publishes an approved catalogue: it becomes the current version, the previous one is kept
/// as history (CAT-8), and other modules hear which items changed or were retired.
/// </summary>
[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record PublishCatalogueCommand(Guid UnitId, string DomainCode, int? Version) : ICommand<Guid>;

internal sealed class ApproveCatalogueValidator : AbstractValidator<ApproveCatalogueCommand>
{
    public ApproveCatalogueValidator() =>
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
}

internal sealed class ReturnCatalogueValidator : AbstractValidator<ReturnCatalogueCommand>
{
    public ReturnCatalogueValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode("catalogue.return_reason_required").WithMessage("退回目录必须写明理由")
            .MaximumLength(UnitCatalogue.ReasonMaxLength).WithErrorCode("catalogue.reason_too_long")
            .WithMessage($"退回理由不能超过 {UnitCatalogue.ReasonMaxLength} 个字");
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed class PublishCatalogueValidator : AbstractValidator<PublishCatalogueCommand>
{
    public PublishCatalogueValidator() =>
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
}

internal sealed class ApproveCatalogueHandler(ICatalogueDb db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<ApproveCatalogueCommand, Guid>
{
    public async Task<Result<Guid>> Handle(ApproveCatalogueCommand command, CancellationToken cancellationToken)
    {
        var latest = await db.LatestAsync(command.UnitId, command.DomainCode, cancellationToken);
        if (latest is null)
        {
            return CatalogueLookups.NotFound;
        }

        // The state check comes first: whoever approved or returned it before us made the version stale too,
        // and "already approved by someone else" is the clearer 409.
        var approved = latest.Approve(currentUser.UserId, clock.GetUtcNow());
        if (!approved.IsSuccess)
        {
            return approved.Error;
        }

        return latest.Version == command.Version ? latest.Id : Error.StaleVersion(command.Version!.Value, latest.Version);
    }
}

internal sealed class ReturnCatalogueHandler(ICatalogueDb db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<ReturnCatalogueCommand, Guid>
{
    public async Task<Result<Guid>> Handle(ReturnCatalogueCommand command, CancellationToken cancellationToken)
    {
        var latest = await db.LatestAsync(command.UnitId, command.DomainCode, cancellationToken);
        if (latest is null)
        {
            return CatalogueLookups.NotFound;
        }

        var returned = latest.Return(currentUser.UserId, command.Reason!, clock.GetUtcNow());
        if (!returned.IsSuccess)
        {
            return returned.Error;
        }

        return latest.Version == command.Version ? latest.Id : Error.StaleVersion(command.Version!.Value, latest.Version);
    }
}

internal sealed class PublishCatalogueHandler(ICatalogueDb db, ICurrentUser currentUser, PublishedCatalogueCache cache, TimeProvider clock)
    : ICommandHandler<PublishCatalogueCommand, Guid>
{
    public async Task<Result<Guid>> Handle(PublishCatalogueCommand command, CancellationToken cancellationToken)
    {
        var open = await db.OpenVersionAsync(command.UnitId, command.DomainCode, command.Version, cancellationToken);
        if (!open.IsSuccess)
        {
            return open.Error;
        }

        var previous = await db.PublishedAsync(command.UnitId, command.DomainCode, cancellationToken);
        var published = open.Value.Publish(previous, currentUser.UserId, clock.GetUtcNow());
        if (!published.IsSuccess)
        {
            return published.Error;
        }

        db.OnCommitted(() => cache.Evict(command.UnitId, command.DomainCode));
        return open.Value.Id;
    }
}
