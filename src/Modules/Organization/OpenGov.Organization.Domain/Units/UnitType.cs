namespace OpenGov.Organization.Domain.Units;

public enum UnitType
{
    /// <summary>县人民政府</summary>
    CountyGovernment = 1,

    /// <summary>县直部门</summary>
    CountyDepartment = 2,

    /// <summary>乡镇</summary>
    Township = 3,

    /// <summary>街道</summary>
    Subdistrict = 4,
}
