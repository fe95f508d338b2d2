namespace OpenGov.BuildingBlocks.Application;

/// <summary>Deadlines and "today" are China-time dates (GEN-2): the working day ends at midnight in Beijing.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(this TimeProvider clock) => clock.GetUtcNow().ToChinaDate();

    public static DateOnly ToChinaDate(this DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
