using Microsoft.EntityFrameworkCore;
using OpenGov.Catalogue.Domain.Catalogues;
using OpenGov.Catalogue.Domain.Coverage;
using OpenGov.Catalogue.Domain.Domains;
using OpenGov.Catalogue.Domain.NegativeList;

namespace OpenGov.Catalogue.Application.Abstractions;

/// <summary>The module's own tables as handlers see them; the unit of work saves once per command.</summary>
public interface ICatalogueDb
{
    DbSet<DisclosureDomain> Domains { get; }

    DbSet<UnitCatalogue> Catalogues { get; }

    DbSet<CatalogueItem> CatalogueItems { get; }

    DbSet<NegativeListItem> NegativeListItems { get; }

    DbSet<NegativeListReview> NegativeListReviews { get; }

    /// <summary>Runs after the next successful save (a cache must never see uncommitted data).</summary>
    void OnCommitted(Action action);

    /// <summary>Publication's records as its events described them (coverage read model).</summary>
    DbSet<LinkedRecord> LinkedRecords { get; }

    DbSet<LinkedRecordItem> LinkedRecordItems { get; }
}
