namespace OpenGov.Requests.Domain.Requests;

/// <summary>The applicant (REQ-2). Personal data: shown only to the handling unit.</summary>
public sealed record Applicant
{
    public const int NameMaxLength = 200;
    public const int FieldMaxLength = 500;

    public required ApplicantKind Kind { get; init; }

    /// <summary>姓名 or 单位名称.</summary>
    public required string Name { get; init; }

    /// <summary>身份证件名称和号码, or 统一社会信用代码.</summary>
    public string? IdentityDocument { get; init; }

    /// <summary>法人或其他组织的联系人.</summary>
    public string? ContactPerson { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Address { get; init; }

    public string? PostalCode { get; init; }

    public bool IsOrganization => Kind != ApplicantKind.NaturalPerson;
}
