using MediatR;
using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Contracts;
using OpenGov.Reporting.Application.Figures;
using OpenGov.Reporting.Domain.Reports;
using OpenGov.Reporting.Domain.Validation;

namespace OpenGov.Reporting.Application.Reports;

/// <summary>Counts a unit's or the county's tables and proposes the prose.</summary>
internal sealed class ReportDrafting(ReportFigures figures, IMediator mediator, IOptions<ReportingOptions> options)
{
    public async Task<Result<IReadOnlyList<UnitSummary>>> UnitsAsync(IReadOnlyCollection<Guid>? ids, CancellationToken ct)
    {
        var units = await mediator.Send(new GetUnitSummariesQuery(ids), ct);
        return units.IsSuccess ? Result<IReadOnlyList<UnitSummary>>.Success(units.Value) : units.Error!;
    }

    public async Task<ReportContent> UnitContentAsync(UnitSummary unit, int year, ReportTexts? keepTexts, CancellationToken ct)
    {
        var facts = (await figures.CountAsync(year, [unit.Id], ct))[unit.Id];
        var tables = Tables(facts);
        return tables with { Texts = keepTexts ?? Propose(unit.Name, year, tables, [facts]) };
    }

    /// <summary>The roll-up: every member counted the same way as its own report, summed cell by cell (V8 by construction).</summary>
    public async Task<(ReportContent Content, IReadOnlyList<MemberContribution> Members)> CountyContentAsync(
        string organName, int year, IReadOnlyList<UnitSummary> members, ReportTexts? keepTexts, CancellationToken ct)
    {
        var facts = await figures.CountAsync(year, [.. members.Select(m => m.Id)], ct);
        var contributions = members
            .Select(m => new MemberContribution(m.Id, m.Name, Tables(facts[m.Id])))
            .ToList();
        var sum = Sum(contributions.Select(c => c.Content));
        return (sum with { Texts = keepTexts ?? Propose(organName, year, sum, [.. facts.Values]) }, contributions);
    }

    private ReportTexts Propose(string organName, int year, ReportContent tables, IReadOnlyList<UnitFacts> facts)
    {
        var channels = facts.SelectMany(f => f.Publication?.RegistrationsByChannel ?? [])
            .GroupBy(c => c.Name)
            .Select(g => (g.Key, g.Sum(c => c.Registrations)))
            .ToList();
        var formed = facts.Where(f => f.Publication is not null).Select(f => f.Publication!.FormedByAttribute).ToList();
        (int, int, int)? formedTotals = formed.Count == 0
            ? null
            : (formed.Sum(a => a.PublishInFull + a.PublishRedacted), formed.Sum(a => a.OnRequestOnly), formed.Sum(a => a.NotDisclosed));
        return ReportTextProposal.For(organName, year, tables, channels, formedTotals, options.Value.ElectronicCopyLocation);
    }

    private static ReportContent Tables(UnitFacts f) =>
        new(f.Proactive, f.Applications, f.Remedies, new ReportTexts(string.Empty, string.Empty, string.Empty, string.Empty), f.ProcessingFeesYuan);

    private static ReportContent Sum(IEnumerable<ReportContent> parts)
    {
        var list = parts.ToList();
        var empty = ReportContent.Empty(new ReportTexts(string.Empty, string.Empty, string.Empty, string.Empty));
        return empty with
        {
            Proactive = list.Aggregate(ProactiveFigures.Zero, (s, c) => s + c.Proactive),
            Applications = [.. empty.Applications.Select(r => new ApplicationRowFigures(r.Key,
                [.. Enumerable.Range(0, ReportContent.ApplicationColumns).Select(i => list.Sum(c => c.Row(r.Key)[i]))]))],
            Remedies = [.. Enumerable.Range(0, ReportContent.RemedyCells).Select(i => list.Sum(c => c.Remedies[i]))],
            ProcessingFeesYuan = list.Sum(c => c.ProcessingFeesYuan),
        };
    }
}
