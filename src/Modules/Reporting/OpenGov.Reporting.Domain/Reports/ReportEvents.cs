using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Reporting.Domain.Reports;

/// <summary>An edition was published.</summary>
public sealed record AnnualReportPublished(Guid ReportId, Guid UnitId, int Year, ReportKind Kind, int Edition, string Title, DateTimeOffset OccurredAt)
    : IDomainEvent;
