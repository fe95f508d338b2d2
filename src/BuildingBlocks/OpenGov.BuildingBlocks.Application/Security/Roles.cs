namespace OpenGov.BuildingBlocks.Application.Security;

public static class Roles
{
    public const string CountyAdmin = nameof(CountyAdmin);
    public const string UnitAdmin = nameof(UnitAdmin);
    public const string Editor = nameof(Editor);
    public const string Reviewer = nameof(Reviewer);
    public const string Leader = nameof(Leader);
    public const string ApiClient = nameof(ApiClient);

    /// <summary>Roles a staff user may hold; ApiClient belongs to OA clients only.</summary>
    public static readonly IReadOnlyList<string> Staff = [CountyAdmin, UnitAdmin, Editor, Reviewer, Leader];

    public static readonly IReadOnlyDictionary<string, string> ChineseNames = new Dictionary<string, string>
    {
        [CountyAdmin] = "县级管理员",
        [UnitAdmin] = "单位管理员",
        [Editor] = "编辑",
        [Reviewer] = "审核人",
        [Leader] = "领导",
        [ApiClient] = "接口客户端",
    };
}
