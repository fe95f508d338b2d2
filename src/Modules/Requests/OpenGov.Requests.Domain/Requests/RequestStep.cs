using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Requests.Domain.Requests;

/// <summary>One line of the process trail (REQ-16): what was done, on which day, by whom.</summary>
public sealed class RequestStep : Entity<Guid>
{
    private RequestStep()
    {
    }

    internal RequestStep(int number, string action, DateOnly on, string actor, string? note, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        Number = number;
        Action = action;
        On = on;
        Actor = actor;
        Note = note;
        RecordedAt = at;
    }

    public int Number { get; private set; }

    public string Action { get; private set; } = string.Empty;

    /// <summary>The day the step took effect (a letter's date, say), which may precede the day it was recorded.</summary>
    public DateOnly On { get; private set; }

    public string Actor { get; private set; } = string.Empty;

    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
