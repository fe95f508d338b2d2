using Microsoft.Extensions.Caching.Memory;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Public;

/// <summary>
/// A published revision never changes in place: a correction publishes a new one, and only a withdrawal or a 效力
/// change marks it. So the public detail and search pages are served from memory. Those commands evict after their
/// commit; the short lifetimes bound what another host instance may show stale. The cache is its own and bounded,
/// because anyone may send any search text.
/// </summary>
internal sealed class PublicDocumentCache : IDisposable
{
    public static readonly TimeSpan DetailLifetime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan SearchLifetime = TimeSpan.FromSeconds(30);
    private const int MaxEntries = 20_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    // Bumped by every eviction. Search pages are keyed by it, so one change drops them all; and a page or detail read
    // from the database while a change committed is not stored, since it may predate the change.
    private long _generation;

    public Task<CachedPublicDocument?> DetailAsync(Guid recordId, Func<Task<CachedPublicDocument?>> load) =>
        GetOrLoadAsync(("detail", recordId), DetailLifetime, load);

    public Task<PublicSearchPage?> SearchAsync(SearchPublicDocumentsQuery query, Func<Task<PublicSearchPage?>> load) =>
        GetOrLoadAsync(("search", Interlocked.Read(ref _generation), query), SearchLifetime, load);

    /// <summary>The record's public text or status changed: its detail and every search page may be stale.</summary>
    public void Evict(Guid recordId)
    {
        Interlocked.Increment(ref _generation);
        _cache.Remove(("detail", recordId));
    }

    /// <summary>Forgets everything (tests wipe the database under a running host).</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _cache.Clear();
    }

    public void Dispose() => _cache.Dispose();

    private async Task<T?> GetOrLoadAsync<T>(object key, TimeSpan lifetime, Func<Task<T?>> load)
        where T : class
    {
        if (_cache.TryGetValue(key, out T? cached))
        {
            return cached;
        }

        var generation = Interlocked.Read(ref _generation);
        var loaded = await load();
        if (loaded is not null && Interlocked.Read(ref _generation) == generation)
        {
            _cache.Set(key, loaded, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime, Size = 1 });
        }

        return loaded;
    }
}

/// <summary>
/// The public detail as published. The 效力 shown is worked out per request from the declared one, since a 有效期
/// may run out while the entry is cached.
/// </summary>
internal sealed record CachedPublicDocument(PublicDocumentDto Document, NormativeStatus? DeclaredStatus, DateOnly? DeclaredStatusOn);
