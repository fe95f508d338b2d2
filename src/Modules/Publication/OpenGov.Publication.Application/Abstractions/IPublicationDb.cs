using Microsoft.EntityFrameworkCore;
using OpenGov.Publication.Domain.AnnualReviews;
using OpenGov.Publication.Domain.CatalogueItems;
using OpenGov.Publication.Domain.IndexNumbers;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Abstractions;

/// <summary>The module's own tables as handlers see them; the unit of work saves once per command.</summary>
public interface IPublicationDb
{
    DbSet<GovernmentRecord> Records { get; }

    DbSet<PublishedRevision> PublishedRevisions { get; }

    DbSet<PublicationRegistration> Registrations { get; }

    DbSet<IndexSequence> IndexSequences { get; }

    DbSet<LinkedCatalogueItem> CatalogueItems { get; }

    DbSet<RecordAttachment> Attachments { get; }

    DbSet<AnnualReview> AnnualReviews { get; }

    /// <summary>Runs after the next successful save (a cache must never see uncommitted data).</summary>
    void OnCommitted(Action action);
}
