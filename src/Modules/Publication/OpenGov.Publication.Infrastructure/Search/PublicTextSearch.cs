using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Domain.Records;
using OpenGov.Publication.Infrastructure.Persistence;

namespace OpenGov.Publication.Infrastructure.Search;

/// <summary>
/// Always an exact substring match (LIKE). On PostgreSQL the query's <see cref="SearchTokens"/> first narrow the rows
/// through the GIN index on the stored <c>search_vector</c>, so a two-character Chinese word does not scan the
/// table; SQLite and SQL Server keep the plain scan, which is fine at their sizes.
/// </summary>
internal sealed class PublicTextSearch(PublicationDbContext db) : IPublicTextSearch
{
    public IQueryable<PublishedRevision> Matching(IQueryable<PublishedRevision> revisions, string query)
    {
        // The token match first: PostgreSQL evaluates equally cheap conditions in order, and the LIKE is the costlier.
        if (db.Database.IsNpgsql() && SearchTokens.ForQuery(query) is { } tokens)
        {
            var tsQuery = TsQuery(tokens);
            revisions = revisions.Where(r => EF.Property<NpgsqlTsVector>(r, PublicationDbContext.SearchVectorColumn).Matches(tsQuery));
            // Two Chinese characters are a single bigram, which a text has exactly when it contains them: no LIKE needed.
            if (query.Length == 2 && tokens is { Bigrams.Count: 1, Words.Count: 0, Prefixes.Count: 0 })
            {
                return revisions;
            }
        }

        return MatchingRowByRow(revisions, query);
    }

    public IQueryable<PublishedRevision> MatchingRowByRow(IQueryable<PublishedRevision> revisions, string query)
    {
        var pattern = "%" + query.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        return revisions.Where(r => EF.Functions.Like(r.SearchText, pattern, "\\"));
    }

    /// <summary>Lexemes are built directly, never parsed, so no text-search parser or locale touches Chinese text.</summary>
    private static NpgsqlTsQuery TsQuery(QueryTokens tokens) =>
        tokens.Bigrams.Select(b => new NpgsqlTsQueryLexeme(b))
            .Concat(tokens.Words.Select(w => new NpgsqlTsQueryLexeme(w)))
            .Concat(tokens.Prefixes.Select(p => new NpgsqlTsQueryLexeme(p, NpgsqlTsQueryLexeme.Weight.None, isPrefixSearch: true)))
            .Aggregate<NpgsqlTsQuery>((left, right) => new NpgsqlTsQueryAnd(left, right));
}
