using Microsoft.Extensions.Caching.Memory;

namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>
/// The public catalogue of a unit and domain changes only when a new version is published, so it is built once and
/// served from memory. Publishing evicts it after the commit; the short lifetime bounds what another host instance,
/// or a renamed unit or domain, may show stale.
/// </summary>
internal sealed class PublishedCatalogueCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public async Task<PublicCatalogueDto?> GetOrBuildAsync(Guid unitId, string domainCode, Func<Task<PublicCatalogueDto?>> build)
    {
        var key = Key(unitId, domainCode);
        if (cache.TryGetValue(key, out PublicCatalogueDto? cached))
        {
            return cached;
        }

        var built = await build();
        if (built is not null)
        {
            cache.Set(key, built, Lifetime);
        }

        return built;
    }

    public void Evict(Guid unitId, string domainCode) => cache.Remove(Key(unitId, domainCode));

    private static (string, Guid, string) Key(Guid unitId, string domainCode) => ("public-catalogue", unitId, domainCode);
}
