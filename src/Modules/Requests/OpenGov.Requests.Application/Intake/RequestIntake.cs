using MediatR;
using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Application;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Contracts;
using OpenGov.Requests.Application.Abstractions;
using OpenGov.Requests.Application.Queries;
using OpenGov.Requests.Domain.Deadlines;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Intake;

/// <summary>Shared by the public form and staff registration: the addressed unit must exist and be active (REQ-1).</summary>
internal sealed class RequestIntake(
    IRequestsDb db, IMediator sender, IOptions<RequestsOptions> options, IWorkdays days, TimeProvider clock, DeadlineListCache lists)
{
    public async Task<Result<(DisclosureRequest Request, string QueryCode)>> RegisterAsync(
        Guid unitId, IntakeChannel channel, DateOnly arrivedOn, DateOnly? confirmedOn, ApplicantInput applicant, string description,
        DeliveryForm form, string? deliveryNote, bool acknowledged, string actor, CancellationToken ct)
    {
        var units = await sender.Send(new GetUnitSummariesQuery([unitId], ActiveOnly: true), ct);
        if (!units.IsSuccess || units.Value.Count == 0)
        {
            return Error.Field("requests.unit_unknown", "unitId", "受理机关不存在或已停用");
        }

        var code = QueryCodes.New();
        var registered = DisclosureRequest.Register(
            new RegistrationFacts(Guid.NewGuid(), unitId, channel, arrivedOn, confirmedOn, applicant.ToApplicant(), description, form,
                deliveryNote?.Trim(), QueryCodes.Hash(code), acknowledged, actor, clock.Today(), clock.GetUtcNow()),
            options.Value.Periods, days);
        if (!registered.IsSuccess)
        {
            return registered.Error;
        }

        db.Requests.Add(registered.Value);
        db.OnCommitted(lists.Invalidate);
        return (registered.Value, code);
    }
}
