using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Domain.Remedies;

/// <summary>
/// A 行政复议 or 行政诉讼 case about the unit's disclosure work in which the unit is respondent or defendant
/// (annual-report table 四), linked to the request it concerns when there is one.
/// </summary>
public sealed class RemedyCase : AggregateRoot<Guid>
{
    public const int TextMaxLength = 500;

    private RemedyCase()
    {
    }

    public Guid UnitId { get; private set; }

    public Guid? RequestId { get; private set; }

    public RemedyKind Kind { get; private set; }

    /// <summary>Litigation only: 复议后起诉 rather than 未经复议直接起诉.</summary>
    public bool AfterReconsideration { get; private set; }

    public string CaseNumber { get; private set; } = string.Empty;

    /// <summary>复议机关 or 人民法院.</summary>
    public string Authority { get; private set; } = string.Empty;

    public DateOnly FiledOn { get; private set; }

    public RemedyResult Result { get; private set; }

    public DateOnly? ConcludedOn { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static Result<RemedyCase> Record(Guid unitId, DisclosureRequest? request, RemedyKind kind, bool afterReconsideration,
        string caseNumber, string authority, DateOnly filedOn, string? note, DateOnly today, DateTimeOffset now)
    {
        if (kind == RemedyKind.Reconsideration && afterReconsideration)
        {
            return Error.Field("requests.remedy_after_review_litigation_only", "afterReconsideration", "只有行政诉讼区分是否经过复议");
        }

        if (filedOn > today)
        {
            return Error.Field("requests.date_in_future", "filedOn", "日期不能晚于今天");
        }

        if (request is not null && filedOn < request.ReceivedOn)
        {
            return Error.Field("requests.date_before_receipt", "filedOn", "复议或诉讼的日期不能早于收到申请之日");
        }

        return new RemedyCase
        {
            Id = Guid.NewGuid(),
            UnitId = unitId,
            RequestId = request?.Id,
            Kind = kind,
            AfterReconsideration = afterReconsideration,
            CaseNumber = caseNumber.Trim(),
            Authority = authority.Trim(),
            FiledOn = filedOn,
            Result = RemedyResult.Pending,
            Note = note?.Trim(),
            RecordedAt = now,
        };
    }

    /// <summary>The decision or judgment; a case may be reopened to Pending only by correcting a wrong entry.</summary>
    public Result Conclude(RemedyResult result, DateOnly? concludedOn, string? note, DateOnly today)
    {
        if (result == RemedyResult.Pending)
        {
            ConcludedOn = null;
            Result = RemedyResult.Pending;
            Note = note?.Trim() ?? Note;
            return OpenGov.BuildingBlocks.Domain.Result.Success();
        }

        if (concludedOn is not { } on)
        {
            return Error.Field("requests.concluded_on_required", "concludedOn", "请填写审结日期");
        }

        if (on > today || on < FiledOn)
        {
            return Error.Field("requests.concluded_on_invalid", "concludedOn", "审结日期须在立案日期和今天之间");
        }

        Result = result;
        ConcludedOn = on;
        Note = note?.Trim() ?? Note;
        return OpenGov.BuildingBlocks.Domain.Result.Success();
    }
}
