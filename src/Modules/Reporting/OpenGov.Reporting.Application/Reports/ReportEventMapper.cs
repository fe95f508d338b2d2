using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.Reporting.Contracts;
using OpenGov.Reporting.Domain.Reports;

namespace OpenGov.Reporting.Application.Reports;

internal sealed class ReportEventMapper : IDomainEventMapper<AnnualReportPublished>
{
    public IEnumerable<IIntegrationEvent> Map(AnnualReportPublished e) =>
    [
        new AnnualReportPublishedIntegrationEvent(e.ReportId, e.UnitId, e.Year, e.Kind == ReportKind.County, e.Edition, e.Title) { OccurredAt = e.OccurredAt },
    ];
}
