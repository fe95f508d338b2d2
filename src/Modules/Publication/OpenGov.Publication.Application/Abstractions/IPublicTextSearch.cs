using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Abstractions;

/// <summary>Full-text search over published revisions, the one place where the database's own search may be used.</summary>
public interface IPublicTextSearch
{
    /// <summary>The revisions whose title, 文号, 索引号 or text contain <paramref name="query"/> exactly.</summary>
    IQueryable<PublishedRevision> Matching(IQueryable<PublishedRevision> revisions, string query);
}
