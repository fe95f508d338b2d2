using MediatR;
using OpenGov.Organization.Contracts;
using OpenGov.Reporting.Application.Abstractions;
using OpenGov.Reporting.Domain.Reports;

namespace OpenGov.Reporting.Application.Reports;

internal static class ReportMapping
{
    public static async Task<ReportDto> ToDtoAsync(this AnnualReport r, IReportingDb db, IMediator mediator, ReportingOptions options, CancellationToken ct)
    {
        var issues = await db.CheckAsync(r, ct);
        var unit = await mediator.Send(new GetUnitSummariesQuery([r.UnitId]), ct);
        DateOnly? deadline = unit.IsSuccess && unit.Value.Count > 0
            ? options.DeadlineFor(r.Kind == ReportKind.County ? OrganizationUnitType.CountyGovernment : unit.Value[0].Type, r.Year)
            : null;
        return new ReportDto(
            r.Id, r.UnitId, r.Year, r.Kind, r.Edition, r.Status, ReportLabels.Status(r.Status), r.Source, r.Title, r.OrganName, r.Content, issues,
            [.. r.Members.Select(m => new ReportMemberDto(m.UnitId, m.UnitName))], r.CorrectionReason, r.PreviousEditionId, r.ReturnReason, deadline,
            r.CreatedAt, r.CreatedBy, r.SubmittedAt, r.AcceptedAt, r.PublishedAt, r.PublishedBy, r.Version);
    }
}
