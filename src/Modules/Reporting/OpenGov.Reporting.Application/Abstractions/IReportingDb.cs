using Microsoft.EntityFrameworkCore;
using OpenGov.Reporting.Domain.Enforcement;
using OpenGov.Reporting.Domain.Reports;

namespace OpenGov.Reporting.Application.Abstractions;

/// <summary>The module's own tables as handlers see them; the unit of work saves once per command.</summary>
public interface IReportingDb
{
    DbSet<AnnualReport> AnnualReports { get; }

    DbSet<EnforcementFigures> EnforcementFigures { get; }
}
