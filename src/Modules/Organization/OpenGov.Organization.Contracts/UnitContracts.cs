using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;

namespace OpenGov.Organization.Contracts;

/// <summary>单位类型</summary>
public enum OrganizationUnitType
{
    /// <summary>县人民政府</summary>
    CountyGovernment = 1,

    /// <summary>县直部门</summary>
    CountyDepartment = 2,

    /// <summary>乡镇</summary>
    Township = 3,

    /// <summary>街道</summary>
    Subdistrict = 4,
}

/// <summary>What other modules may know of a unit.</summary>
/// <param name="Id">单位编号</param>
/// <param name="Name">单位全称</param>
/// <param name="ShortName">单位简称</param>
/// <param name="Type">单位类型</param>
/// <param name="ParentId">上级单位编号</param>
/// <param name="IsActive">是否启用</param>
/// <param name="CreditCode">统一社会信用代码</param>
public sealed record UnitSummary(Guid Id, string Name, string ShortName, OrganizationUnitType Type, Guid? ParentId, bool IsActive, string? CreditCode);

/// <summary>In-process only (not an HTTP route), so it needs no caller; units by id (all units when <paramref name="Ids"/> is null), for modules that show or check units.</summary>
[AllowAnonymousRequest]
public sealed record GetUnitSummariesQuery(IReadOnlyCollection<Guid>? Ids = null, bool ActiveOnly = false) : IQuery<IReadOnlyList<UnitSummary>>;

public sealed record UnitCreatedIntegrationEvent(Guid UnitId, string Name, string ShortName, OrganizationUnitType Type, Guid? ParentId) : IntegrationEvent;

public sealed record UnitUpdatedIntegrationEvent(Guid UnitId, string Name, string ShortName, OrganizationUnitType Type, Guid? ParentId, bool IsActive) : IntegrationEvent;

/// <summary>Open deadlines counted in working days must be recomputed for these years.</summary>
public sealed record WorkingCalendarChangedIntegrationEvent(IReadOnlyList<int> Years) : IntegrationEvent;
