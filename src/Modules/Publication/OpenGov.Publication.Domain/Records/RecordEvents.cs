using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Publication.Domain.Records;

public sealed record RecordPublished(Guid RecordId, int Revision, bool IsCorrection, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record RecordWithdrawn(Guid RecordId, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record RecordBecameOverdue(Guid RecordId, DateOnly DueOn, DateTimeOffset OccurredAt) : IDomainEvent;
