using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Contracts;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Records;

/// <summary>Tells other modules (Catalogue's coverage first) what happened to a record.</summary>
internal sealed class RecordEventMapper(IPublicationDb db)
    : IDomainEventMapper<RecordPublished>, IDomainEventMapper<RecordWithdrawn>, IDomainEventMapper<RecordBecameOverdue>
{
    public IEnumerable<IIntegrationEvent> Map(RecordPublished domainEvent)
    {
        var record = Record(domainEvent.RecordId);
        var revision = record.Revisions.Single(r => r.Revision == domainEvent.Revision);
        yield return new GovernmentInformationPublishedIntegrationEvent(
            record.Id, record.UnitId, record.IndexNumber, revision.Title, revision.Revision, domainEvent.IsCorrection, revision.CatalogueItemIds,
            [.. revision.Channels.Select(c => RecordLabels.Channels[c])], record.DueOn,
            record.DueOn is { } due && BuildingBlocks.Application.ChinaTime.ToChinaDate(domainEvent.OccurredAt) > due, domainEvent.OccurredAt)
        {
            OccurredAt = domainEvent.OccurredAt,
        };
    }

    public IEnumerable<IIntegrationEvent> Map(RecordWithdrawn domainEvent)
    {
        var record = Record(domainEvent.RecordId);
        yield return new GovernmentInformationWithdrawnIntegrationEvent(record.Id, record.UnitId, record.Content.CatalogueItemIds, domainEvent.Reason)
        {
            OccurredAt = domainEvent.OccurredAt,
        };
    }

    public IEnumerable<IIntegrationEvent> Map(RecordBecameOverdue domainEvent)
    {
        var record = Record(domainEvent.RecordId);
        yield return new GovernmentInformationOverdueIntegrationEvent(
            record.Id, record.UnitId, record.IndexNumber, record.Content.Title, record.Content.CatalogueItemIds, domainEvent.DueOn)
        {
            OccurredAt = domainEvent.OccurredAt,
        };
    }

    private GovernmentRecord Record(Guid id) => db.Records.Local.First(r => r.Id == id);
}
