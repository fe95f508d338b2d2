using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Public;

internal sealed class SearchPublicDocumentsHandler(IPublicationDb db, IPublicTextSearch search, PublicDocumentCache cache)
    : IQueryHandler<SearchPublicDocumentsQuery, PublicSearchPage>
{
    /// <summary>How many of the newest documents a search for a common word reads in order before it gives up.</summary>
    private const int NewestWindow = 2_000;

    public async Task<Result<PublicSearchPage>> Handle(SearchPublicDocumentsQuery query, CancellationToken cancellationToken) =>
        (await cache.SearchAsync(query, () => SearchAsync(query, cancellationToken)))!;

    private async Task<PublicSearchPage?> SearchAsync(SearchPublicDocumentsQuery query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalize(query.Page, query.PageSize);
        var filtered = Filtered(query);
        var text = string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim();
        var docs = text is null ? filtered : search.Matching(filtered, text);

        // A word in most documents would otherwise make every search count (and re-read) tens of thousands of texts.
        var total = await docs.Take(PublicSearchPage.CountLimit + 1).CountAsync(cancellationToken);
        List<PublicDocumentSummaryDto>? items = null;
        if (text is not null && total > PublicSearchPage.CountLimit)
        {
            // Many matches: the page is found among the newest documents, read in order. Left to itself the planner takes
            // a text's bigrams as independent, expects a handful of matches, and reads and sorts every one of thousands.
            var newest = filtered.OrderByDescending(r => r.PublishedAt).ThenBy(r => r.RecordId).Take(NewestWindow);
            var walked = await Page(search.MatchingRowByRow(newest, text), page, pageSize).ToListAsync(cancellationToken);
            items = walked.Count == pageSize ? walked : null;
        }

        items ??= await Page(docs, page, pageSize).ToListAsync(cancellationToken);
        return new PublicSearchPage(items, Math.Min(total, PublicSearchPage.CountLimit), total > PublicSearchPage.CountLimit, page, pageSize);
    }

    private IQueryable<PublishedRevision> Filtered(SearchPublicDocumentsQuery query)
    {
        var docs = db.PublishedRevisions.AsNoTracking().Where(r => r.IsCurrent && r.WithdrawnAt == null);
        if (query.UnitId is { } unit)
        {
            docs = docs.Where(r => r.UnitId == unit);
        }

        if (query.Year is { } year)
        {
            docs = docs.Where(r => r.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(query.SubjectCategory))
        {
            docs = docs.Where(r => r.SubjectCategory == query.SubjectCategory);
        }

        if (query.FiveDisclosure is { } five)
        {
            docs = docs.Where(r => r.FiveDisclosure == five);
        }

        if (query.Kind is { } kind)
        {
            docs = docs.Where(r => r.Kind == kind);
        }

        if (query.CatalogueItemId is { } item)
        {
            docs = docs.Where(r => r.CatalogueItemIds.Contains(item));
        }

        return docs;
    }

    private static IQueryable<PublicDocumentSummaryDto> Page(IQueryable<PublishedRevision> docs, int page, int pageSize) =>
        docs.OrderByDescending(r => r.PublishedAt).ThenBy(r => r.RecordId)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(r => new PublicDocumentSummaryDto(
                r.RecordId, r.IndexNumber, r.Title, r.DocumentNumber, r.UnitId, r.FormedOn, r.PublishedAt, r.SubjectCategory, r.Kind, r.Revision));
}
