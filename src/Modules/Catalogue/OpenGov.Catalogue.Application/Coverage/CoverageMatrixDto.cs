namespace OpenGov.Catalogue.Application.Coverage;

/// <summary>公开目录覆盖情况：行为单位，列为公开领域</summary>
/// <param name="ScopeName">统计范围：“全县”或单位名称</param>
/// <param name="Domains">列：公开领域，按排序号排列（已停用的领域只在仍有现行目录时列出）</param>
/// <param name="Units">行：单位，每行的 Cells 与 Domains 一一对应、顺序相同</param>
public sealed record CoverageMatrixDto(string ScopeName, IReadOnlyList<CoverageDomainDto> Domains, IReadOnlyList<CoverageUnitRowDto> Units);

/// <summary>矩阵的一列</summary>
/// <param name="Code">领域代码</param>
/// <param name="Name">领域名称</param>
public sealed record CoverageDomainDto(string Code, string Name);

/// <summary>矩阵的一行</summary>
/// <param name="UnitId">单位编号</param>
/// <param name="UnitName">单位名称</param>
/// <param name="Cells">各领域的数字，顺序与 Domains 相同</param>
public sealed record CoverageUnitRowDto(Guid UnitId, string UnitName, IReadOnlyList<CoverageCellDto> Cells);

/// <summary>一个单位在一个领域的覆盖情况</summary>
/// <param name="DomainCode">领域代码</param>
/// <param name="Items">事项数：该单位该领域现行发布目录中的事项数（调整时删去的事项不再计入）</param>
/// <param name="Published">已公开：至少关联一条已发布且未撤回的政府信息的事项数</param>
/// <param name="Overdue">逾期：至少关联一条超过公开时限仍未发布的政府信息的事项数</param>
/// <param name="PublishedLate">逾期发布：关联这些事项、发布时已超过公开时限的政府信息条数（之后撤回的仍计入）</param>
public sealed record CoverageCellDto(string DomainCode, int Items, int Published, int Overdue, int PublishedLate);
