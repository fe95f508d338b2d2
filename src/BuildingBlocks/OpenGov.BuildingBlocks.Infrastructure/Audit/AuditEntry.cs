namespace OpenGov.BuildingBlocks.Infrastructure.Audit;

/// <summary>One executed command, written in the same transaction as its change.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string Module { get; set; } = "";

    public string CommandName { get; set; } = "";

    public string? TargetId { get; set; }

    public Guid? UserId { get; set; }

    public string? UserName { get; set; }

    public string? ClientId { get; set; }

    public Guid? UnitId { get; set; }
}
