using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Application;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Application.Deadlines;
using OpenGov.Publication.Domain.CatalogueItems;
using OpenGov.Publication.Domain.IndexNumbers;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Records;

/// <summary>What drafting by staff and ingest from OA systems share: content, 索引号 and 公开时限.</summary>
internal sealed class RecordDrafting(
    IPublicationDb db,
    IMediator mediator,
    IRichText richText,
    DisclosureDeadlines deadlines,
    IOptions<PublicationOptions> options,
    UnitSummaryCache units,
    ICurrentUser currentUser,
    TimeProvider clock)
{
    /// <summary>A new draft with its 索引号 and 公开时限, added to the unit of work.</summary>
    public async Task<Result<GovernmentRecord>> CreateAsync(Guid unitId, RecordInput input, string? externalId, CancellationToken ct)
    {
        var content = await ContentAsync(unitId, input, ct);
        if (!content.IsSuccess)
        {
            return content.Error;
        }

        var index = await NextIndexNumberAsync(unitId, content.Value.FormedOn.Year, ct);
        if (!index.IsSuccess)
        {
            return index.Error;
        }

        var record = GovernmentRecord.Draft(
            Guid.NewGuid(), unitId, index.Value, content.Value, currentUser.UserId, currentUser.ClientId, externalId, clock.GetUtcNow());
        await ApplyDeadlineAsync(record, ct);
        db.Records.Add(record);
        return record;
    }

    /// <summary>Sanitized content whose catalogue items all belong to the unit's published catalogue.</summary>
    public async Task<Result<RecordContent>> ContentAsync(Guid unitId, RecordInput input, CancellationToken ct)
    {
        var itemIds = input.CatalogueItemIds ?? [];
        if (itemIds.Count > 0)
        {
            var known = await db.CatalogueItems.AsNoTracking()
                .Where(i => itemIds.Contains(i.ItemId) && i.UnitId == unitId && !i.Retired)
                .Select(i => i.ItemId).ToListAsync(ct);
            for (var i = 0; i < itemIds.Count; i++)
            {
                if (!known.Contains(itemIds[i]))
                {
                    return Error.Field("publication.item_unknown", $"catalogueItemIds[{i}]", "该目录事项不在本单位现行发布的公开目录中");
                }
            }
        }

        return new RecordContent(
            input.Title!.Trim(),
            string.IsNullOrWhiteSpace(input.DocumentNumber) ? null : input.DocumentNumber.Trim(),
            input.FormedOn!.Value,
            string.IsNullOrWhiteSpace(input.SubjectCategory) ? null : input.SubjectCategory.Trim(),
            input.FiveDisclosure,
            input.Kind ?? DocumentKind.Ordinary,
            input.Attribute!.Value,
            [.. (input.Grounds ?? []).Distinct().Order()],
            string.IsNullOrWhiteSpace(input.AttributeReason) ? null : input.AttributeReason.Trim(),
            richText.Sanitize(input.Body!),
            input.Attribute == DisclosureAttribute.PublishRedacted ? richText.Sanitize(input.RedactedBody!) : null,
            [.. itemIds],
            input.ValidFrom,
            input.ValidUntil);
    }

    /// <summary>The next 索引号 of the unit for the year the record was formed.</summary>
    public async Task<Result<string>> NextIndexNumberAsync(Guid unitId, int year, CancellationToken ct)
    {
        if (await units.GetAsync(mediator, unitId, ct) is not { IsActive: true } unit)
        {
            return Error.Field("publication.unit_unknown", "unitId", "单位不存在或已停用");
        }

        var sequence = db.IndexSequences.Local.FirstOrDefault(s => s.UnitId == unitId && s.Year == year)
            ?? await db.IndexSequences.FirstOrDefaultAsync(s => s.UnitId == unitId && s.Year == year, ct);
        if (sequence is null)
        {
            sequence = IndexSequence.Start(unitId, year);
            db.IndexSequences.Add(sequence);
        }

        return sequence.Next(IndexSequence.UnitCode(unitId, unit.CreditCode));
    }

    /// <summary>
    /// Sets the record's 公开时限 from when its information was formed, or changed: during a correction
    /// (<paramref name="changedOn"/>, else the day the correction started), or by an annual review's decision to disclose.
    /// </summary>
    public async Task ApplyDeadlineAsync(GovernmentRecord record, CancellationToken ct, DateOnly? changedOn = null)
    {
        if (!record.Content.Attribute.IsProactive())
        {
            record.SetDeadline(null, null, null);
            return;
        }

        var (start, label) = record.CorrectionReason is not null
            ? (changedOn ?? record.ClockStartsOn ?? clock.Today(), "信息变更之日")
            : record.DisclosedOnReviewOn is { } disclosedOn
                ? (changedOn ?? disclosedOn, "年度审查决定公开之日")
            : options.Value.FormedDate == FormedDateSource.RegistrationDate
                ? (record.CreatedAt.ToChinaDate(), "登记之日")
                : (record.Content.FormedOn, "成文日期");
        var ids = record.Content.CatalogueItemIds;
        List<LinkedCatalogueItem> items = ids.Count == 0 ? [] : await db.CatalogueItems.AsNoTracking().Where(i => ids.Contains(i.ItemId)).ToListAsync(ct);
        var deadline = deadlines.Compute(start, label, items);
        record.SetDeadline(start, deadline.DueOn, deadline.Basis);
    }
}
