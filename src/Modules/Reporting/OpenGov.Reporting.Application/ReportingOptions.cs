using OpenGov.Organization.Contracts;

namespace OpenGov.Reporting.Application;

/// <summary>Settings under <c>Reporting</c>.</summary>
public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>
    /// RPT-1: the day (MM-dd, of the year after the report year) each unit type publishes by. 条例第四十九条 sets 01-31 for
    /// departments and 03-31 for the county government; townships and streets are unconfirmed (default 01-31).
    /// </summary>
    public Dictionary<OrganizationUnitType, string> Deadlines { get; set; } = new()
    {
        [OrganizationUnitType.CountyDepartment] = "01-31",
        [OrganizationUnitType.CountyGovernment] = "03-31",
        [OrganizationUnitType.Township] = "01-31",
        [OrganizationUnitType.Subdistrict] = "01-31",
    };

    /// <summary>Where the electronic copy is published, named in the opening paragraph.</summary>
    public string ElectronicCopyLocation { get; set; } = "本县人民政府门户网站政府信息公开专栏";

    public DateOnly DeadlineFor(OrganizationUnitType type, int reportYear)
    {
        var text = Deadlines.TryGetValue(type, out var configured) ? configured : "01-31";
        var parts = text.Split('-');
        return new DateOnly(reportYear + 1, int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
