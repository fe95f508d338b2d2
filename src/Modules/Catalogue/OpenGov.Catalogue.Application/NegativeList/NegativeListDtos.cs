using OpenGov.Catalogue.Domain.NegativeList;

namespace OpenGov.Catalogue.Application.NegativeList;

/// <summary>负面清单事项</summary>
/// <param name="Id">事项编号</param>
/// <param name="UnitId">单位编号</param>
/// <param name="DomainCode">所属公开领域代码（可为空）</param>
/// <param name="Name">事项名称</param>
/// <param name="Description">不予公开的具体内容及可能造成的危害</param>
/// <param name="LegalBasis">法律依据</param>
/// <param name="Status">状态：Active 列入清单（不予公开），Released 已在年度评估中移出清单</param>
/// <param name="ReleasedInReviewYear">移出清单的评估年度</param>
/// <param name="CreatedAt">列入时间</param>
/// <param name="UpdatedAt">最后修改时间</param>
/// <param name="Version">版本号，修改时原样提交</param>
public sealed record NegativeListItemDto(
    Guid Id, Guid UnitId, string? DomainCode, string Name, string Description, string LegalBasis, NegativeListItemStatus Status,
    int? ReleasedInReviewYear, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version);

/// <summary>负面清单年度评估</summary>
/// <param name="Id">评估编号</param>
/// <param name="UnitId">单位编号</param>
/// <param name="Year">评估年度</param>
/// <param name="Summary">评估结论</param>
/// <param name="ReviewedAt">评估时间</param>
/// <param name="Kept">继续列入清单的事项数</param>
/// <param name="Released">移出清单（转为公开）的事项数</param>
/// <param name="Decisions">逐项结论</param>
public sealed record NegativeListReviewDto(
    Guid Id, Guid UnitId, int Year, string Summary, DateTimeOffset ReviewedAt, int Kept, int Released, IReadOnlyList<ReviewDecisionDto> Decisions);

/// <summary>对一个事项的评估结论</summary>
/// <param name="ItemId">负面清单事项编号</param>
/// <param name="Decision">结论：Keep 继续不予公开，Release 移出清单、转为公开</param>
/// <param name="Note">说明（不超过 2000 字）</param>
public sealed record ReviewDecisionDto(Guid ItemId, ReviewDecision? Decision, string? Note);
