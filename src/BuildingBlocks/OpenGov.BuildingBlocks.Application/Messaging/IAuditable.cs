namespace OpenGov.BuildingBlocks.Application.Messaging;

/// <summary>Lets a command name the record it changes in the audit trail when its result does not.</summary>
public interface IAuditable
{
    string? AuditTargetId { get; }
}
