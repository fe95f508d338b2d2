using OpenGov.BuildingBlocks.Application.Messaging;

namespace OpenGov.Requests.Contracts;

/// <summary>
/// 依申请转主动: information released on request is of public interest; Publication drafts a proactive record from it
/// for the unit's own review and publication flow.
/// </summary>
public sealed record RequestReleasedForPublicationIntegrationEvent(
    Guid RequestId, Guid UnitId, string TrackingNumber, string InformationDescription, DateOnly RepliedOn, string Note) : IntegrationEvent;
