using MediatR;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Domain.Catalogues;
using OpenGov.Organization.Contracts;

namespace OpenGov.Catalogue.Application.Coverage;

/// <summary>
/// How far each unit's current published catalogue is covered by published information, domain by domain, from
/// Catalogue's own copy of Publication's events. The county office sees every unit (or the one it names); everyone
/// else sees their own unit whatever they ask for.
/// </summary>
/// <param name="DomainCode">只看一个领域（领域代码，如 D04）；不填为全部领域</param>
/// <param name="UnitId">只看一个单位（仅县级管理员可指定；其他人员总是本单位）</param>
public sealed record GetCoverageQuery(string? DomainCode, Guid? UnitId) : IQuery<CoverageMatrixDto>;

internal sealed class GetCoverageHandler(ICatalogueDb db, IMediator mediator, ICurrentUser currentUser) : IQueryHandler<GetCoverageQuery, CoverageMatrixDto>
{
    private static readonly Error UnitNotFound = Error.NotFound("unit.not_found", "单位不存在");
    private static readonly Error DomainNotFound = Error.NotFound("domain.not_found", "公开领域不存在");
    private static readonly Error NoUnit = Error.Forbidden("coverage.no_unit", "当前用户不属于任何单位，不能查看目录覆盖情况");

    public async Task<Result<CoverageMatrixDto>> Handle(GetCoverageQuery query, CancellationToken cancellationToken)
    {
        var unitId = currentUser.IsCountyAdmin ? query.UnitId : currentUser.UnitId;
        if (unitId is null && !currentUser.IsCountyAdmin)
        {
            return NoUnit;
        }

        var domainCode = string.IsNullOrWhiteSpace(query.DomainCode) ? null : query.DomainCode.Trim();
        var units = await mediator.Send(new GetUnitSummariesQuery(unitId is { } only ? [only] : null), cancellationToken);
        if (!units.IsSuccess)
        {
            return units.Error;
        }

        if (unitId is { } wanted && units.Value.All(u => u.Id != wanted))
        {
            return UnitNotFound;
        }

        var domains = await db.Domains.AsNoTracking()
            .Where(d => domainCode == null || d.Id == domainCode)
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Name, d.IsRetired })
            .ToListAsync(cancellationToken);
        if (domainCode is not null && domains.Count == 0)
        {
            return DomainNotFound;
        }

        var cells = await CoverageCounts.CountAsync(db, unitId, domainCode, cancellationToken);
        var columns = domains
            .Where(d => !d.IsRetired || d.Id == domainCode || cells.Keys.Any(k => k.DomainCode == d.Id))
            .Select(d => new CoverageDomainDto(d.Id, d.Name))
            .ToList();

        // Inactive units drop out unless they still have a published catalogue someone must account for.
        var rows = units.Value
            .Where(u => u.IsActive || u.Id == unitId || cells.Keys.Any(k => k.UnitId == u.Id))
            .OrderBy(u => u.Type).ThenBy(u => u.Name, StringComparer.Ordinal).ThenBy(u => u.Id)
            .Select(u => new CoverageUnitRowDto(u.Id, u.Name, [.. columns.Select(d => cells.GetValueOrDefault((u.Id, d.Code)) ?? new CoverageCellDto(d.Code, 0, 0, 0, 0))]))
            .ToList();
        var scopeName = unitId is null ? "全县" : units.Value.First(u => u.Id == unitId).Name;
        return new CoverageMatrixDto(scopeName, columns, rows);
    }
}
