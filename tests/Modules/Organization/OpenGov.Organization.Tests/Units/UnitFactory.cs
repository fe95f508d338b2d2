using OpenGov.Organization.Domain.Units;

namespace OpenGov.Organization.Tests.Units;

internal static class UnitFactory
{
    public static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

    public static Unit Root() => Unit.CreateCountyGovernment(Guid.NewGuid(), "XX县人民政府", Now);

    public static UnitDetails Details(string name = "县财政局", UnitType type = UnitType.CountyDepartment, string? shortName = null, string? creditCode = null) =>
        new(name, shortName, type, creditCode, null, 10);

    /// <summary>A unit created under <paramref name="parent"/>, with its creation event cleared.</summary>
    public static Unit Under(Unit parent, string name = "县财政局", UnitType type = UnitType.CountyDepartment)
    {
        var unit = Unit.Create(Guid.NewGuid(), Details(name, type), parent, Now).Value;
        unit.ClearDomainEvents();
        return unit;
    }
}
