namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>公众可见的现行目录（一个单位一个领域）</summary>
/// <param name="UnitId">单位编号</param>
/// <param name="UnitName">单位名称</param>
/// <param name="DomainCode">领域代码</param>
/// <param name="DomainName">领域名称</param>
/// <param name="Edition">现行版本号</param>
/// <param name="PublishedAt">现行版本发布时间</param>
/// <param name="Items">事项，按序号排列</param>
/// <param name="History">调整记录：历次发布的版本，新版在前</param>
public sealed record PublicCatalogueDto(
    Guid UnitId, string UnitName, string DomainCode, string DomainName, int Edition, DateTimeOffset? PublishedAt,
    IReadOnlyList<CatalogueItemDto> Items, IReadOnlyList<PublicEditionDto> History);

/// <summary>目录的一次发布</summary>
/// <param name="Edition">版本号</param>
/// <param name="PublishedAt">发布时间</param>
/// <param name="SupersededAt">被新版本替代的时间（现行版本为空）</param>
/// <param name="ChangeReason">调整原因（第 1 版为空）</param>
/// <param name="ItemCount">事项数</param>
public sealed record PublicEditionDto(int Edition, DateTimeOffset? PublishedAt, DateTimeOffset? SupersededAt, string? ChangeReason, int ItemCount);

/// <summary>按事项名称检索到的现行目录事项</summary>
/// <param name="UnitId">单位编号</param>
/// <param name="UnitName">单位名称</param>
/// <param name="DomainCode">领域代码</param>
/// <param name="DomainName">领域名称</param>
/// <param name="Edition">所在目录的现行版本号</param>
/// <param name="Item">事项</param>
public sealed record PublicItemHitDto(Guid UnitId, string UnitName, string DomainCode, string DomainName, int Edition, CatalogueItemDto Item);
