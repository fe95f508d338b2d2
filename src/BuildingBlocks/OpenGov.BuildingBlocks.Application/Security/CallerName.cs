namespace OpenGov.BuildingBlocks.Application.Security;

/// <summary>How a caller is named in process trails and registrations.</summary>
public static class CallerName
{
    /// <summary>The user name, else the OA client id; 系统 for work no caller started (consumers, background jobs).</summary>
    public static string DisplayName(this ICurrentUser user) => user.UserName ?? user.ClientId ?? "系统";
}
