namespace OpenGov.BuildingBlocks.Application.Security;

/// <summary>Which unit a list or a statistic is narrowed to.</summary>
public static class ListScope
{
    /// <summary>
    /// The unit asked for, else the caller's own; null means the whole county, which only county administrators get.
    /// False when the caller may not see the unit asked for.
    /// </summary>
    public static bool TryListScope(this ICurrentUser user, Guid? requested, out Guid? unitId)
    {
        unitId = requested ?? (user.IsCountyAdmin ? null : user.UnitId);
        return unitId is not { } id || user.CanActFor(id);
    }
}
