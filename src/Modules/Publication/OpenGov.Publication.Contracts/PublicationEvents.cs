using OpenGov.BuildingBlocks.Application.Messaging;

namespace OpenGov.Publication.Contracts;

/// <summary>
/// A 主动公开 record was published, or republished after a correction. Anything it was overdue for is settled;
/// <paramref name="PublishedLate"/> tells whether it missed its 公开时限.
/// </summary>
public sealed record GovernmentInformationPublishedIntegrationEvent(
    Guid RecordId,
    Guid UnitId,
    string IndexNumber,
    string Title,
    int Revision,
    bool IsCorrection,
    IReadOnlyList<Guid> CatalogueItemIds,
    IReadOnlyList<string> Channels,
    DateOnly? DueOn,
    bool PublishedLate,
    DateTimeOffset PublishedAt) : IntegrationEvent;

/// <summary>A published record was withdrawn (撤回) and left every public route.</summary>
public sealed record GovernmentInformationWithdrawnIntegrationEvent(
    Guid RecordId, Guid UnitId, IReadOnlyList<Guid> CatalogueItemIds, string Reason) : IntegrationEvent;

/// <summary>A 主动公开 record passed its 公开时限 (PUB-8) without being published.</summary>
public sealed record GovernmentInformationOverdueIntegrationEvent(
    Guid RecordId, Guid UnitId, string IndexNumber, string Title, IReadOnlyList<Guid> CatalogueItemIds, DateOnly DueOn) : IntegrationEvent;
