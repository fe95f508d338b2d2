namespace OpenGov.Catalogue.Domain.Domains;

/// <summary>The 26 pilot domains, verbatim and in source order (CAT-1); codes D01..D26 are stable forever.</summary>
public static class PilotDomains
{
    public static readonly IReadOnlyList<string> Names =
    [
        "国土空间规划", "重大建设项目", "公共资源交易", "财政预决算", "安全生产", "税收管理", "征地补偿", "国有土地上房屋征收",
        "保障性住房", "农村危房改造", "环境保护", "公共文化服务", "公共法律服务", "扶贫", "救灾", "食品药品监管", "城市综合执法",
        "就业创业", "社会保险", "社会救助", "养老服务", "户籍管理", "涉农补贴", "义务教育", "医疗卫生", "市政服务",
    ];

    public static string CodeOf(int number) => $"D{number:00}";

    /// <summary>Seed rows: code, name, sort order (the 1-based source position).</summary>
    public static IEnumerable<(string Code, string Name, int SortOrder)> All() =>
        Names.Select((name, i) => (CodeOf(i + 1), name, i + 1));
}
