using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Domain.Deadlines;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Requests;

/// <summary>Builds the staff view of a request, with its deadline worked out step by step.</summary>
internal static class RequestDetails
{
    public static RequestDto ToDto(this DisclosureRequest r, ICurrentUser user, RequestPeriods periods, IWorkdays days)
    {
        DeadlineDto? deadline = null;
        var problem = r.DeadlineProblem;
        try
        {
            deadline = r.ComputeDeadline(periods, days).ToDto();
        }
        catch (DomainException ex)
        {
            problem = ex.Message;
        }

        DateOnly? paymentDue = null;
        if (r.FeeNoticeOn is not null)
        {
            try
            {
                paymentDue = r.FeePaymentDueOn(periods, days);
            }
            catch (DomainException)
            {
                // The deadline problem above already states the missing year.
            }
        }

        return new RequestDto(
            r.Id, r.UnitId, r.TrackingNumber, r.Channel, r.ArrivedOn, r.ConfirmedOn, r.ReceivedOn, r.Applicant.Kind,
            user.HandlesFor(r.UnitId) ? r.Applicant.ToDto() : null, r.InformationDescription, r.DeliveryForm, r.DeliveryNote,
            r.Status, RequestLabels.Status(r.Status), r.DueOn, deadline, problem,
            r.CorrectionNoticeOn is { } notice ? new CorrectionDto(notice, r.CorrectionPoints, r.CorrectionDueOn, r.CorrectionReceivedOn, r.CorrectionNoticeLate) : null,
            [.. r.Consultations.OrderBy(c => c.Number).Select(c => c.ToDto())],
            r.ExtensionWorkingDays is { } ext ? new ExtensionDto(ext, r.ExtensionReason, r.ExtensionApprovedBy, r.ExtensionApprovedOn) : null,
            r.FeeNoticeOn is { } feeOn ? new FeeDto(r.FeeMode!.Value, r.FeeQuantity, r.FeeAmount, r.FeeBreakdown, feeOn, paymentDue, r.FeePaidOn) : null,
            r.Outcome, r.Outcome is { } o ? RequestLabels.Outcome(o) : null, r.DecidedOn, r.DecisionDetails, r.LetterTitle, r.LetterBody,
            r.RepliedOn, r.RepliedLate, r.DeliveredOn, r.DeliveryMethod, r.ArchivedOn, r.ClosedOn, r.ReleasedForPublicationAt,
            [.. r.Steps.OrderBy(s => s.Number).Select(s => s.ToDto())], r.Version);
    }

    private static DeadlineDto ToDto(this ReplyDeadline d) => new(
        d.StartOn, d.StartReason, d.BaseWorkingDays, d.BaseDueOn, d.RestDaysSkipped,
        [.. d.Pauses.Select(p => new PauseDto(p.Reason, p.From, p.To, p.WorkingDays, p.Provisional))],
        d.PausedWorkingDays, d.ExtensionWorkingDays, d.DueBeforeExtension, d.DueOn, d.CorrectionNoticeDueOn, d.Explanation);
}
