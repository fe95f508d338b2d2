namespace OpenGov.BuildingBlocks.Application.Paging;

/// <summary>One page of a server-side list.</summary>
/// <param name="Items">本页数据</param>
/// <param name="Total">符合条件的总条数</param>
/// <param name="Page">页码，从 1 开始</param>
/// <param name="PageSize">每页条数</param>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public static class Paging
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 20;

    public static (int Page, int PageSize) Normalize(int? page, int? pageSize) =>
        (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize));
}
