namespace OpenGov.Requests.Domain.Deadlines;

/// <summary>
/// The reply deadline and how it was computed (issue 6 point 2): the start day and why, the statutory days and the
/// rest days they skipped, every paused period, the extension, and the result.
/// </summary>
public sealed record ReplyDeadline(
    DateOnly StartOn,
    string StartReason,
    int BaseWorkingDays,
    DateOnly BaseDueOn,
    int RestDaysSkipped,
    IReadOnlyList<ClockPause> Pauses,
    int ExtensionWorkingDays,
    DateOnly? DueOn,
    DateOnly CorrectionNoticeDueOn,
    bool AwaitingCorrection)
{
    public int PausedWorkingDays => Pauses.Sum(p => p.WorkingDays);

    /// <summary>The deadline before any extension: an extension must be decided by then (REQ-7, practice).</summary>
    public DateOnly DueBeforeExtension { get; init; }

    public IReadOnlyList<string> Explanation { get; init; } = [];
}

/// <summary>A period not counted in the reply period (REQ-10, REQ-15). <c>Provisional</c>: still running, counted to its latest end.</summary>
public sealed record ClockPause(string Reason, DateOnly From, DateOnly To, int WorkingDays, bool Provisional);
