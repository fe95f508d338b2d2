using OpenGov.Organization.Contracts;

namespace OpenGov.Organization.Application.Units;

/// <summary>单位</summary>
/// <param name="Id">单位编号</param>
/// <param name="Name">单位全称，如“XX县财政局”</param>
/// <param name="ShortName">单位简称</param>
/// <param name="Type">单位类型：CountyGovernment 县人民政府，CountyDepartment 县直部门，Township 乡镇，Subdistrict 街道</param>
/// <param name="ParentId">上级单位编号（县人民政府为空）</param>
/// <param name="CreditCode">统一社会信用代码（18 位）</param>
/// <param name="Contact">政府信息公开工作机构联系方式</param>
/// <param name="SortOrder">排序号，越小越靠前</param>
/// <param name="IsActive">是否启用</param>
/// <param name="Version">版本号，修改时原样提交，用于防止覆盖他人的修改</param>
/// <param name="CreatedAt">创建时间</param>
/// <param name="UpdatedAt">最后修改时间</param>
public sealed record UnitDto(
    Guid Id, string Name, string ShortName, OrganizationUnitType Type, Guid? ParentId, string? CreditCode,
    ContactDto Contact, int SortOrder, bool IsActive, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>联系方式</summary>
/// <param name="Person">联系人</param>
/// <param name="Phone">联系电话</param>
/// <param name="Address">办公地址</param>
/// <param name="Email">电子邮箱</param>
/// <param name="PostalCode">邮政编码</param>
public sealed record ContactDto(string? Person, string? Phone, string? Address, string? Email, string? PostalCode);
