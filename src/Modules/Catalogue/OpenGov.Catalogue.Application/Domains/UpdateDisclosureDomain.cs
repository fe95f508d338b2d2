using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;

namespace OpenGov.Catalogue.Application.Domains;

/// <summary>Renames a county-added domain or moves any domain in the list; pilot names are fixed (CAT-1).</summary>
[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record UpdateDisclosureDomainCommand(string Code, string? Name, int? SortOrder, int? Version) : ICommand<string>, IDomainInput;

internal sealed class UpdateDisclosureDomainValidator : AbstractValidator<UpdateDisclosureDomainCommand>
{
    public UpdateDisclosureDomainValidator()
    {
        Include(new DomainInputValidator());
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed class UpdateDisclosureDomainHandler(ICatalogueDb db, TimeProvider clock) : ICommandHandler<UpdateDisclosureDomainCommand, string>
{
    public async Task<Result<string>> Handle(UpdateDisclosureDomainCommand command, CancellationToken cancellationToken)
    {
        var domain = await db.Domains.FirstOrDefaultAsync(d => d.Id == command.Code, cancellationToken);
        if (domain is null)
        {
            return DomainErrors.NotFound;
        }

        if (domain.Version != command.Version)
        {
            return Error.StaleVersion(command.Version!.Value, domain.Version);
        }

        var name = command.Name!.Trim();
        if (await db.Domains.AnyAsync(d => d.Name == name && d.Id != domain.Id, cancellationToken))
        {
            return Error.Field("domain.name_duplicate", "name", $"已有名为“{name}”的领域");
        }

        var renamed = domain.Rename(name, command.SortOrder ?? domain.SortOrder, clock.GetUtcNow());
        return renamed.IsSuccess ? domain.Id : renamed.Error;
    }
}
