using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Domain.Deadlines;

namespace OpenGov.Requests.Domain.Requests;

/// <summary>
/// A request for government information (依申请公开) from intake to archive (REQ-1..18). It has exactly one outcome
/// once handled, in the terms of annual-report table 三, and knows its reply deadline and how it was reached.
/// </summary>
public sealed partial class DisclosureRequest : AggregateRoot<Guid>
{
    public const int DescriptionMaxLength = 4000;
    public const int TextMaxLength = 2000;
    public const int LetterMaxLength = 20000;

    private readonly List<RequestStep> _steps = [];
    private readonly List<Consultation> _consultations = [];

    private DisclosureRequest()
    {
    }

    public Guid UnitId { get; private set; }

    /// <summary>申请编号, printed on letters.</summary>
    public string TrackingNumber { get; private set; } = string.Empty;

    /// <summary>SHA-256 of the applicant's query code: the code itself is shown once and never stored.</summary>
    public string QueryCodeHash { get; private set; } = string.Empty;

    public IntakeChannel Channel { get; private set; }

    public DateOnly ArrivedOn { get; private set; }

    public DateOnly? ConfirmedOn { get; private set; }

    /// <summary>收到申请之日 (REQ-3); the year it falls in is the year the request is 新收.</summary>
    public DateOnly ReceivedOn { get; private set; }

    public Applicant Applicant { get; private set; } = null!;

    public string InformationDescription { get; private set; } = string.Empty;

    public DeliveryForm DeliveryForm { get; private set; }

    public string? DeliveryNote { get; private set; }

    public RequestStatus Status { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredBy { get; private set; } = string.Empty;

    public DateOnly? DueOn { get; private set; }

    /// <summary>Why no deadline could be computed (a year the calendar does not know), shown to staff.</summary>
    public string? DeadlineProblem { get; private set; }

    public RequestOutcome? Outcome { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DecisionDetails { get; private set; }

    public string? LetterTitle { get; private set; }

    public string? LetterBody { get; private set; }

    public DateOnly? RepliedOn { get; private set; }

    public DateOnly? DeliveredOn { get; private set; }

    public string? DeliveryMethod { get; private set; }

    public DateOnly? ArchivedOn { get; private set; }

    /// <summary>The day handling ended (reply sent, or the request deemed abandoned or withdrawn): the year it is 办结.</summary>
    public DateOnly? ClosedOn { get; private set; }

    public DateTimeOffset? ReleasedForPublicationAt { get; private set; }

    public IReadOnlyList<RequestStep> Steps => _steps;

    public IReadOnlyList<Consultation> Consultations => _consultations;

    public bool IsClosed => ClosedOn is not null;

    public static Result<DisclosureRequest> Register(RegistrationFacts facts, RequestPeriods periods, IWorkdays days)
    {
        var received = ReceiptRule.ReceivedOn(facts.Channel, facts.ArrivedOn, facts.ConfirmedOn);
        if (!received.IsSuccess)
        {
            return received.Error;
        }

        if (received.Value > facts.Today || facts.ArrivedOn > facts.Today)
        {
            return Error.Field("requests.date_in_future", facts.ConfirmedOn is null ? "arrivedOn" : "confirmedOn", "收到申请的日期不能晚于今天");
        }

        var request = new DisclosureRequest
        {
            Id = facts.Id,
            UnitId = facts.UnitId,
            TrackingNumber = $"YSQ{received.Value:yyyyMMdd}{facts.Id.ToString("N")[..6].ToUpperInvariant()}",
            QueryCodeHash = facts.QueryCodeHash,
            Channel = facts.Channel,
            ArrivedOn = facts.ArrivedOn,
            ConfirmedOn = facts.ConfirmedOn,
            ReceivedOn = received.Value,
            Applicant = facts.Applicant,
            InformationDescription = facts.InformationDescription.Trim(),
            DeliveryForm = facts.DeliveryForm,
            DeliveryNote = facts.DeliveryNote,
            Status = facts.Acknowledged ? RequestStatus.InProgress : RequestStatus.Received,
            RegisteredAt = facts.Now,
            RegisteredBy = facts.Actor,
        };
        request.Log(facts.Acknowledged ? "接收并登记" : "网上提交", received.Value, facts.Actor, null, facts.Now);
        request.RefreshOrNote(periods, days);
        return request;
    }

    /// <summary>登记受理 of a request submitted online.</summary>
    public Result Acknowledge(string actor, DateOnly today, DateTimeOffset now)
    {
        if (Status != RequestStatus.Received)
        {
            return WrongStatus("登记受理");
        }

        Status = RequestStatus.InProgress;
        Log("登记受理", today, actor, null, now);
        return Result.Success();
    }

    public ReplyDeadline ComputeDeadline(RequestPeriods periods, IWorkdays days) =>
        RequestClock.Compute(ClockFacts(), periods, days);

    /// <summary>Stores the deadline for the due lists; throws when the calendar does not know a year it needs.</summary>
    public void Refresh(RequestPeriods periods, IWorkdays days)
    {
        var deadline = ComputeDeadline(periods, days);
        DueOn = deadline.DueOn;
        DeadlineProblem = null;
    }

    /// <summary>
    /// Like <see cref="Refresh"/>, but a year the calendar does not know yet is stated on the request for staff instead of
    /// refusing the step: a request received in late December is received all the same.
    /// </summary>
    public void RefreshOrNote(RequestPeriods periods, IWorkdays days)
    {
        try
        {
            Refresh(periods, days);
        }
        catch (DomainException ex)
        {
            DueOn = null;
            DeadlineProblem = ex.Message;
        }
    }

    /// <summary>Closed requests stay correct to the calendar they were answered under.</summary>
    public bool DeadlineIsOpen => !IsClosed;

    public bool RepliedLate => RepliedOn is { } replied && DueOn is { } due && replied > due;

    private ClockFacts ClockFacts() => new(
        ReceivedOn,
        CorrectionNoticeOn,
        CorrectionReceivedOn,
        [.. _consultations.Select(c => new ConsultationFacts(c.SentOn, c.DeliveredOn, c.RepliedOn, c.IsOpen))],
        FeeNoticeOn is { } notice ? new FeeFacts(notice, FeePaidOn) : null,
        ExtensionWorkingDays);

    private void Log(string action, DateOnly on, string actor, string? note, DateTimeOffset now) =>
        _steps.Add(new RequestStep(_steps.Count + 1, action, on, actor, note, now));

    private Error WrongStatus(string action) =>
        Error.Conflict("requests.wrong_status", $"申请当前状态为“{RequestLabels.Status(Status)}”，不能{action}");

    private static Error? NotFuture(DateOnly on, DateOnly today, string field) =>
        on > today ? Error.Field("requests.date_in_future", field, "日期不能晚于今天") : null;

    private Error? NotBeforeReceipt(DateOnly on, string field) =>
        on < ReceivedOn ? Error.Field("requests.date_before_receipt", field, $"日期不能早于收到申请之日 {ReceivedOn:yyyy-MM-dd}") : null;
}

/// <summary>What intake knows about a new request.</summary>
public sealed record RegistrationFacts(
    Guid Id,
    Guid UnitId,
    IntakeChannel Channel,
    DateOnly ArrivedOn,
    DateOnly? ConfirmedOn,
    Applicant Applicant,
    string InformationDescription,
    DeliveryForm DeliveryForm,
    string? DeliveryNote,
    string QueryCodeHash,
    bool Acknowledged,
    string Actor,
    DateOnly Today,
    DateTimeOffset Now);
