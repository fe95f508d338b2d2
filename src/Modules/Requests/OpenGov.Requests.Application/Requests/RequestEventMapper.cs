using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.Requests.Contracts;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Requests;

internal sealed class RequestEventMapper : IDomainEventMapper<RequestReleasedForPublication>
{
    public IEnumerable<IIntegrationEvent> Map(RequestReleasedForPublication e) =>
    [
        new RequestReleasedForPublicationIntegrationEvent(e.RequestId, e.UnitId, e.TrackingNumber, e.InformationDescription, e.RepliedOn, e.Note)
        {
            OccurredAt = e.OccurredAt,
        },
    ];
}
