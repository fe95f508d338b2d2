using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Domain.Domains;

namespace OpenGov.Catalogue.Application.Domains;

/// <summary>Adds a county domain (其他领域, CAT-9); it gets the next code after the highest one (D27, D28 …).</summary>
[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record AddDisclosureDomainCommand(string? Name, int? SortOrder) : ICommand<string>, IDomainInput;

internal sealed class AddDisclosureDomainValidator : AbstractValidator<AddDisclosureDomainCommand>
{
    public AddDisclosureDomainValidator() => Include(new DomainInputValidator());
}

internal sealed class AddDisclosureDomainHandler(ICatalogueDb db, TimeProvider clock) : ICommandHandler<AddDisclosureDomainCommand, string>
{
    public async Task<Result<string>> Handle(AddDisclosureDomainCommand command, CancellationToken cancellationToken)
    {
        var name = command.Name!.Trim();
        var existing = await db.Domains.Select(d => new { d.Id, d.Name, d.SortOrder }).ToListAsync(cancellationToken);
        if (existing.Any(d => d.Name == name))
        {
            return Error.Field("domain.name_duplicate", "name", $"已有名为“{name}”的领域");
        }

        // Codes are never reused: a retired domain keeps its code, so the next one counts past it.
        var next = existing.Select(d => int.TryParse(d.Id.AsSpan(1), out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        var sortOrder = command.SortOrder ?? existing.Select(d => d.SortOrder).DefaultIfEmpty(0).Max() + 1;
        var domain = DisclosureDomain.Add(PilotDomains.CodeOf(next), name, sortOrder, clock.GetUtcNow());
        db.Domains.Add(domain);
        return domain.Id;
    }
}
