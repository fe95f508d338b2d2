namespace OpenGov.Catalogue.Application.Domains;

/// <summary>公开领域（管理视图）</summary>
/// <param name="Code">领域代码，稳定不变：D01–D26 为 26 个试点领域，其后为县里新增的领域</param>
/// <param name="Name">领域名称</param>
/// <param name="SortOrder">排序号，越小越靠前</param>
/// <param name="IsPilot">是否为 26 个试点领域之一（名称不可修改）</param>
/// <param name="IsRetired">是否已停用</param>
/// <param name="Version">版本号，修改时原样提交，用于防止覆盖他人的修改</param>
/// <param name="UpdatedAt">最后修改时间</param>
public sealed record DisclosureDomainDto(string Code, string Name, int SortOrder, bool IsPilot, bool IsRetired, int Version, DateTimeOffset UpdatedAt);
