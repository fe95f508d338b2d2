using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Contracts;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Statistics;

internal sealed class GetPublicationStatisticsQueryValidator : AbstractValidator<GetPublicationStatisticsQuery>
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public GetPublicationStatisticsQueryValidator() =>
        RuleFor(x => x.Year).InclusiveBetween(FirstYear, LastYear)
            .WithErrorCode("publication.year_range").WithMessage($"统计年度须在 {FirstYear} 到 {LastYear} 之间");
}

/// <summary>
/// Counts each figure with one grouped query over Publication's own tables. A year is the China-time calendar year
/// (RPT-1 reports run by it), so instants are compared with its start and end at UTC+8.
/// </summary>
internal sealed class GetPublicationStatisticsHandler(IPublicationDb db) : IQueryHandler<GetPublicationStatisticsQuery, IReadOnlyList<UnitPublicationStatistics>>
{
    public async Task<Result<IReadOnlyList<UnitPublicationStatistics>>> Handle(GetPublicationStatisticsQuery query, CancellationToken cancellationToken)
    {
        var firstDay = new DateOnly(query.Year, 1, 1);
        var lastDay = new DateOnly(query.Year, 12, 31);
        var start = ChinaNewYear(query.Year);
        var end = ChinaNewYear(query.Year + 1);
        var unitIds = query.UnitIds?.Distinct().ToArray();

        var records = db.Records.AsNoTracking();
        var registrations = db.Registrations.AsNoTracking();
        if (unitIds is not null)
        {
            records = records.Where(r => unitIds.Contains(r.UnitId));
            registrations = registrations.Where(g => unitIds.Contains(g.UnitId));
        }

        var documents = records.Where(r => r.Content.Kind == DocumentKind.Rule || r.Content.Kind == DocumentKind.NormativeDocument);
        var issued = await ByUnitAndKindAsync(documents.Where(r => r.PublishedAt >= start && r.PublishedAt < end), cancellationToken);

        // 废止 and 现行有效 follow the 规范性文件 status (PUB-12(g)): repealed in the year; in force at the year's end when
        // published by then, neither withdrawn, repealed nor expired by then, and its 有效期 not over before it.
        var repealed = await ByUnitAndKindAsync(
            documents.Where(r => r.NormativeStatus == NormativeStatus.Repealed && r.NormativeStatusOn >= firstDay && r.NormativeStatusOn <= lastDay),
            cancellationToken);
        var inForce = await ByUnitAndKindAsync(
            documents.Where(r => r.PublishedAt < end && (r.WithdrawnAt == null || r.WithdrawnAt >= end)
                && r.Content.FormedOn <= lastDay && (r.Content.ValidUntil == null || r.Content.ValidUntil >= lastDay)
                && !((r.NormativeStatus == NormativeStatus.Repealed || r.NormativeStatus == NormativeStatus.Expired) && r.NormativeStatusOn <= lastDay)),
            cancellationToken);

        var formed = await records.Where(r => r.Content.FormedOn >= firstDay && r.Content.FormedOn <= lastDay)
            .GroupBy(r => new { r.UnitId, r.Content.Attribute })
            .Select(g => new { g.Key.UnitId, g.Key.Attribute, Count = g.Count() })
            .ToDictionaryAsync(x => (x.UnitId, x.Attribute), x => x.Count, cancellationToken);

        // One query for all channels: the year's releases grouped by unit and by their stored list of channels (a county
        // has a few dozen distinct lists), each list's count then credited to every channel in it. A query per channel
        // read the year's registrations once per channel (8 times); no provider has to aggregate over a subquery that
        // looks into the list, which SQL Server cannot do.
        var releases = registrations.Where(g => g.At >= start && g.At < end && g.Kind != RegistrationKind.Withdrawn);
        var channelSets = await releases
            .GroupBy(g => new { g.UnitId, g.Channels })
            .Select(g => new { g.Key.UnitId, g.Key.Channels, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byChannel = new Dictionary<(Guid UnitId, PublicationChannel Channel), int>();
        foreach (var set in channelSets)
        {
            // Distinct: a registration naming a channel twice still counts once for it, as Contains did.
            foreach (var channel in set.Channels.Distinct())
            {
                byChannel[(set.UnitId, channel)] = byChannel.GetValueOrDefault((set.UnitId, channel)) + set.Count;
            }
        }

        var units = unitIds ?? [.. issued.Keys.Select(k => k.UnitId)
            .Concat(repealed.Keys.Select(k => k.UnitId)).Concat(inForce.Keys.Select(k => k.UnitId))
            .Concat(formed.Keys.Select(k => k.UnitId)).Concat(byChannel.Keys.Select(k => k.UnitId))
            .Distinct().Order()];

        DocumentIssueFigures Figures(Guid unitId, DocumentKind kind) => new(
            issued.GetValueOrDefault((unitId, kind)), repealed.GetValueOrDefault((unitId, kind)), inForce.GetValueOrDefault((unitId, kind)));

        return units.Select(unitId => new UnitPublicationStatistics(
                unitId,
                query.Year,
                Figures(unitId, DocumentKind.Rule),
                Figures(unitId, DocumentKind.NormativeDocument),
                new AttributeFigures(
                    formed.GetValueOrDefault((unitId, DisclosureAttribute.PublishInFull)),
                    formed.GetValueOrDefault((unitId, DisclosureAttribute.PublishRedacted)),
                    formed.GetValueOrDefault((unitId, DisclosureAttribute.OnRequestOnly)),
                    formed.GetValueOrDefault((unitId, DisclosureAttribute.NotDisclosed))),
                [.. Enum.GetValues<PublicationChannel>().Select(c => new ChannelFigure(c.ToString(), RecordLabels.Channels[c], byChannel.GetValueOrDefault((unitId, c))))]))
            .ToList();
    }

    // In UTC: PostgreSQL takes no other offset for timestamptz parameters.
    private static DateTimeOffset ChinaNewYear(int year) => new DateTimeOffset(year, 1, 1, 0, 0, 0, ChinaTime.Offset).ToUniversalTime();

    private static Task<Dictionary<(Guid UnitId, DocumentKind Kind), int>> ByUnitAndKindAsync(IQueryable<GovernmentRecord> records, CancellationToken ct) =>
        records.GroupBy(r => new { r.UnitId, r.Content.Kind })
            .Select(g => new { g.Key.UnitId, g.Key.Kind, Count = g.Count() })
            .ToDictionaryAsync(x => (x.UnitId, x.Kind), x => x.Count, ct);
}
