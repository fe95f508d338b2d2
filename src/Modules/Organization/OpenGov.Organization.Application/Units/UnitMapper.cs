using OpenGov.Organization.Contracts;
using OpenGov.Organization.Domain.Units;
using Riok.Mapperly.Abstractions;

namespace OpenGov.Organization.Application.Units;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class UnitMapper
{
    public static partial IQueryable<UnitDto> ProjectToDto(this IQueryable<Unit> units);

    public static partial UnitDto ToDto(this Unit unit);

    public static partial UnitSummary ToSummary(this Unit unit);

    public static partial OrganizationUnitType ToContract(this UnitType type);

    public static partial UnitType ToDomain(this OrganizationUnitType type);

    public static partial ContactInfo ToDomain(this ContactDto contact);
}
