namespace OpenGov.Catalogue.Domain.Catalogues;

/// <summary>Lifecycle of one catalogue version (CAT-7, CAT-8).</summary>
public enum CatalogueStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Approved = 4,
    Published = 5,

    /// <summary>Was published, replaced by a later version; kept for the change history (CAT-8).</summary>
    Superseded = 6,
}
