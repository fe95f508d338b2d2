using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;

namespace OpenGov.Catalogue.Contracts;

/// <summary>公开领域</summary>
/// <param name="Code">领域代码，稳定不变：D01–D26 为 26 个试点领域（按国家标准顺序），其后为县里新增的领域</param>
/// <param name="Name">领域名称，如“国土空间规划”</param>
/// <param name="SortOrder">排序号，越小越靠前</param>
/// <param name="IsPilot">是否为 26 个试点领域之一</param>
/// <param name="IsRetired">是否已停用（停用的领域不再新建目录，已有目录保留）</param>
public sealed record DisclosureDomainSummary(string Code, string Name, int SortOrder, bool IsPilot, bool IsRetired);

/// <summary>In-process only (also backs the public list), so it needs no caller: the disclosure domains in sort order.</summary>
[AllowAnonymousRequest]
public sealed record GetDisclosureDomainsQuery(bool IncludeRetired = false) : IQuery<IReadOnlyList<DisclosureDomainSummary>>;
