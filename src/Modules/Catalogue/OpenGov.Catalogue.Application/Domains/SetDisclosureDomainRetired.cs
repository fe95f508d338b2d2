using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;

namespace OpenGov.Catalogue.Application.Domains;

/// <summary>
/// Domains are never deleted (catalogues, publications and reports keep their code): retiring hides a domain
/// from new catalogues and the public list; reinstating undoes it.
/// </summary>
[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record SetDisclosureDomainRetiredCommand(string Code, bool Retired) : ICommand<string>;

internal sealed class SetDisclosureDomainRetiredHandler(ICatalogueDb db, TimeProvider clock) : ICommandHandler<SetDisclosureDomainRetiredCommand, string>
{
    public async Task<Result<string>> Handle(SetDisclosureDomainRetiredCommand command, CancellationToken cancellationToken)
    {
        var domain = await db.Domains.FirstOrDefaultAsync(d => d.Id == command.Code, cancellationToken);
        if (domain is null)
        {
            return DomainErrors.NotFound;
        }

        domain.SetRetired(command.Retired, clock.GetUtcNow());
        return domain.Id;
    }
}
