namespace OpenGov.Catalogue.Domain.Catalogues;

/// <summary>What starts the clock of a 公开时限 (CAT-6).</summary>
public enum DeadlineTrigger
{
    None = 0,
    Formed = 1,
    Changed = 2,
    FormedOrChanged = 3,
    OtherEvent = 4,
}

public enum DeadlineUnit
{
    WorkingDays = 1,
    Days = 2,
    Months = 3,
}

/// <summary>Deadlines stated without a count.</summary>
public enum DeadlineQualitative
{
    RealTime = 1,
    Timely = 2,
    Periodic = 3,
}

/// <summary>
/// 公开时限 as the official text plus the rule parsed from it (CAT-6). Text that cannot be parsed is kept
/// and flagged (<see cref="IsParsed"/> false) so a person can fix it; nothing is computed from it.
/// </summary>
public sealed record DeadlineRule(
    string Text, bool IsParsed, DeadlineTrigger Trigger, string? TriggerEvent, int? Count, DeadlineUnit? Unit, DeadlineQualitative? Qualitative)
{
    /// <summary>条例第二十六条.</summary>
    public const string DefaultText = "信息形成或者变更之日起20个工作日内";

    public static DeadlineRule Default => DeadlineParser.Parse(DefaultText);
}
