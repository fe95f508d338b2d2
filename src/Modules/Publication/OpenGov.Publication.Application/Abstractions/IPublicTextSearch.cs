using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Abstractions;

/// <summary>Full-text search over published revisions, the one place where the database's own search may be used.</summary>
public interface IPublicTextSearch
{
    /// <summary>The revisions whose title, 文号, 索引号 or text contain <paramref name="query"/> exactly.</summary>
    IQueryable<PublishedRevision> Matching(IQueryable<PublishedRevision> revisions, string query);

    /// <summary>The same match checked on each row without an index, for rows that are read in order anyway.</summary>
    IQueryable<PublishedRevision> MatchingRowByRow(IQueryable<PublishedRevision> revisions, string query);
}
