namespace OpenGov.BuildingBlocks.Domain;

/// <summary>Something that happened inside one module; it never crosses a module line by itself.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
