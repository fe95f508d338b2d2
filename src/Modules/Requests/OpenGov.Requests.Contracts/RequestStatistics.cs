using System.Text.Json.Serialization;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;

namespace OpenGov.Requests.Contracts;

/// <summary>
/// Annual-report tables 三 and 四 for each unit and one calendar year (China time), counted from the request and
/// remedy records, so the Reporting module only assembles them. All units when <paramref name="UnitIds"/> is null.
/// In-process only.
/// </summary>
[AllowAnonymousRequest]
public sealed record GetRequestStatisticsQuery(int Year, IReadOnlyCollection<Guid>? UnitIds = null) : IQuery<RequestStatistics>;

/// <param name="Year">年度</param>
/// <param name="Units">各单位的表三、表四</param>
/// <param name="Total">所列单位合计</param>
public sealed record RequestStatistics(int Year, IReadOnlyList<UnitRequestStatistics> Units, UnitRequestStatistics Total);

/// <param name="UnitId">单位编号（合计行为 null）</param>
/// <param name="Applications">表三：收到和处理政府信息公开申请情况</param>
/// <param name="Remedies">表四：政府信息公开行政复议、行政诉讼情况</param>
/// <param name="FeesCharged">本年度办结的申请收取的信息处理费（元）</param>
/// <param name="FeeRequests">收取信息处理费的申请件数</param>
public sealed record UnitRequestStatistics(Guid? UnitId, ApplicationTable Applications, RemedyTable Remedies, decimal FeesCharged, int FeeRequests);

/// <summary>Table 三: the 25 body rows in template order, each with the seven applicant columns.</summary>
public sealed record ApplicationTable(IReadOnlyList<ApplicationRow> Rows)
{
    public ApplicantCounts this[string key] => Rows.First(r => r.Key == key).Counts;
}

/// <param name="Key">行键（annual-report.md 的 key，如 NewReceived、Refused.StateSecret）</param>
/// <param name="Counts">自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计</param>
public sealed record ApplicationRow(string Key, ApplicantCounts Counts);

/// <summary>The seven number columns of table 三; <see cref="Total"/> is their sum (V2).</summary>
/// <param name="NaturalPerson">自然人</param>
/// <param name="CommercialEnterprise">商业企业</param>
/// <param name="ResearchInstitution">科研机构</param>
/// <param name="PublicWelfareOrganization">社会公益组织</param>
/// <param name="LegalServiceInstitution">法律服务机构</param>
/// <param name="Other">其他</param>
public sealed record ApplicantCounts(
    int NaturalPerson, int CommercialEnterprise, int ResearchInstitution, int PublicWelfareOrganization, int LegalServiceInstitution, int Other)
{
    public static readonly ApplicantCounts Zero = new(0, 0, 0, 0, 0, 0);

    /// <summary>总计</summary>
    public int Total => NaturalPerson + CommercialEnterprise + ResearchInstitution + PublicWelfareOrganization + LegalServiceInstitution + Other;

    /// <summary>The six applicant columns in template order (the named properties already carry them in JSON).</summary>
    [JsonIgnore]
    public IReadOnlyList<int> Columns => [NaturalPerson, CommercialEnterprise, ResearchInstitution, PublicWelfareOrganization, LegalServiceInstitution, Other];

    public static ApplicantCounts operator +(ApplicantCounts a, ApplicantCounts b) => new(
        a.NaturalPerson + b.NaturalPerson, a.CommercialEnterprise + b.CommercialEnterprise, a.ResearchInstitution + b.ResearchInstitution,
        a.PublicWelfareOrganization + b.PublicWelfareOrganization, a.LegalServiceInstitution + b.LegalServiceInstitution, a.Other + b.Other);
}

/// <summary>Table 四: 行政复议, 未经复议直接起诉, 复议后起诉.</summary>
/// <param name="Reconsideration">行政复议</param>
/// <param name="DirectLitigation">行政诉讼：未经复议直接起诉</param>
/// <param name="LitigationAfterReconsideration">行政诉讼：复议后起诉</param>
public sealed record RemedyTable(RemedyCounts Reconsideration, RemedyCounts DirectLitigation, RemedyCounts LitigationAfterReconsideration)
{
    public static readonly RemedyTable Zero = new(RemedyCounts.Zero, RemedyCounts.Zero, RemedyCounts.Zero);

    /// <summary>The 15 numbers of the table's data row, in template order.</summary>
    [JsonIgnore]
    public IReadOnlyList<int> Cells => [.. Reconsideration.Cells, .. DirectLitigation.Cells, .. LitigationAfterReconsideration.Cells];

    public static RemedyTable operator +(RemedyTable a, RemedyTable b) => new(
        a.Reconsideration + b.Reconsideration, a.DirectLitigation + b.DirectLitigation, a.LitigationAfterReconsideration + b.LitigationAfterReconsideration);
}

/// <param name="Upheld">结果维持</param>
/// <param name="Corrected">结果纠正</param>
/// <param name="Other">其他结果</param>
/// <param name="Pending">尚未审结</param>
public sealed record RemedyCounts(int Upheld, int Corrected, int Other, int Pending)
{
    public static readonly RemedyCounts Zero = new(0, 0, 0, 0);

    /// <summary>总计 (V4)</summary>
    public int Total => Upheld + Corrected + Other + Pending;

    [JsonIgnore]
    public IReadOnlyList<int> Cells => [Upheld, Corrected, Other, Pending, Total];

    public static RemedyCounts operator +(RemedyCounts a, RemedyCounts b) =>
        new(a.Upheld + b.Upheld, a.Corrected + b.Corrected, a.Other + b.Other, a.Pending + b.Pending);
}

/// <summary>The row keys of table 三 in template order (annual-report.md §4).</summary>
public static class ApplicationRowKeys
{
    public const string NewReceived = "NewReceived";
    public const string CarriedIn = "CarriedIn";
    public const string TotalHandled = "TotalHandled";
    public const string CarriedOut = "CarriedOut";

    /// <summary>The 21 outcome rows (6–26), each request counted in exactly one.</summary>
    public static readonly IReadOnlyList<string> Outcomes =
    [
        "Granted", "PartlyGranted",
        "Refused.StateSecret", "Refused.OtherLawForbids", "Refused.Endangers", "Refused.ThirdParty", "Refused.InternalAffairs",
        "Refused.ProcessInfo", "Refused.EnforcementFile", "Refused.QueryMatter",
        "Unable.NotHeld", "Unable.NeedsCreating", "Unable.Unclear",
        "NotHandled.Petition", "NotHandled.Repeat", "NotHandled.Publication", "NotHandled.Excessive", "NotHandled.ConfirmOrReissue",
        "Other.NoCorrection", "Other.FeeUnpaid", "Other.Other",
    ];

    public static readonly IReadOnlyList<string> All = [NewReceived, CarriedIn, .. Outcomes, TotalHandled, CarriedOut];
}
