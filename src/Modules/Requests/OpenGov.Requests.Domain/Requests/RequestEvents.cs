using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Requests.Domain.Requests;

/// <summary>依申请转主动: information released on request is of public interest and goes into the publication flow.</summary>
public sealed record RequestReleasedForPublication(
    Guid RequestId, Guid UnitId, string TrackingNumber, string InformationDescription, RequestOutcome Outcome, DateOnly RepliedOn,
    string Note, DateTimeOffset OccurredAt) : IDomainEvent;
