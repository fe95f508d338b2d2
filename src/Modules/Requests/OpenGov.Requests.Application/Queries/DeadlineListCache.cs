using Microsoft.Extensions.Caching.Memory;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.Requests.Application.Requests;

namespace OpenGov.Requests.Application.Queries;

/// <summary>
/// The overdue and due-soon lists are what supervisors poll all day, and they change only when a request of the module
/// is written. So their pages are kept in memory, keyed by a generation that every committed Requests write bumps; the
/// short lifetime bounds what another host instance may show stale, and the day is part of the key.
/// </summary>
internal sealed class DeadlineListCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(15);
    private const int MaxEntries = 5_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private long _generation;

    /// <summary>A committed write: every cached page may be stale.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    public async Task<PagedList<RequestListItemDto>> GetOrLoadAsync(object key, Func<Task<PagedList<RequestListItemDto>>> load)
    {
        var generation = Interlocked.Read(ref _generation);
        var fullKey = (generation, key);
        if (_cache.TryGetValue(fullKey, out PagedList<RequestListItemDto>? cached) && cached is not null)
        {
            return cached;
        }

        var loaded = await load();
        // A page read while a write committed may predate it: serve it, but do not keep it.
        if (Interlocked.Read(ref _generation) == generation)
        {
            _cache.Set(fullKey, loaded, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        }

        return loaded;
    }

    public void Dispose() => _cache.Dispose();
}
