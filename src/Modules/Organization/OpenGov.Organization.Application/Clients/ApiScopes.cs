namespace OpenGov.Organization.Application.Clients;

/// <summary>What an OA client may be allowed to do; a token carries the subset it asked for.</summary>
public static class ApiScopes
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["publication.write"] = "推送政府信息（含公开属性）",
        ["publication.read"] = "查询政府信息及办理状态",
        ["requests.write"] = "登记依申请公开申请",
        ["requests.read"] = "查询依申请公开办理状态",
        ["reporting.write"] = "报送年度报告执法数据",
        ["catalogue.read"] = "查询公开目录",
    };
}
