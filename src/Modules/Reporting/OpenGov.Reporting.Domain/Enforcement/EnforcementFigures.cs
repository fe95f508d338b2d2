using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Reporting.Domain.Enforcement;

/// <summary>
/// A unit's enforcement figures for table 二 (条例第二十条第（五）（六）（八）项): they live in other systems, so they are
/// entered through the API or a spreadsheet, or pushed by OA systems. One row per unit and year; later entries replace.
/// </summary>
public sealed class EnforcementFigures : AggregateRoot<Guid>
{
    private EnforcementFigures()
    {
    }

    public Guid UnitId { get; private set; }

    public int Year { get; private set; }

    /// <summary>行政许可 本年处理决定数量</summary>
    public int Licensing { get; private set; }

    /// <summary>行政处罚 本年处理决定数量</summary>
    public int Penalties { get; private set; }

    /// <summary>行政强制 本年处理决定数量</summary>
    public int Compulsions { get; private set; }

    /// <summary>行政事业性收费 in 元, exact; the report prints 万元.</summary>
    public decimal AdministrativeFeesYuan { get; private set; }

    public string UpdatedBy { get; private set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; private set; }

    public static EnforcementFigures Create(Guid unitId, int year) => new() { Id = Guid.NewGuid(), UnitId = unitId, Year = year };

    public void Set(int licensing, int penalties, int compulsions, decimal feesYuan, string by, DateTimeOffset now)
    {
        Licensing = licensing;
        Penalties = penalties;
        Compulsions = compulsions;
        AdministrativeFeesYuan = feesYuan;
        UpdatedBy = by;
        UpdatedAt = now;
    }
}
