using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Contracts;
using OpenGov.Publication.Domain.CatalogueItems;

namespace OpenGov.Publication.Application.Deadlines;

/// <summary>The 公开时限 of a 主动公开 record (PUB-8), with the wording of how it was reached.</summary>
public sealed record DisclosureDeadline(DateOnly? DueOn, string Basis);

/// <summary>
/// PUB-8: 20 working days (GEN-1, GEN-2) from the day the information was formed or changed; a linked catalogue
/// item with a stricter 公开时限 (CAT-6) wins. A year missing from the calendar is stated, never guessed.
/// </summary>
internal sealed class DisclosureDeadlines(IWorkingCalendar calendar, IOptions<PublicationOptions> options)
{
    public DisclosureDeadline Compute(DateOnly start, string startLabel, IReadOnlyList<LinkedCatalogueItem> items)
    {
        var days = options.Value.DisclosureWorkingDays;
        try
        {
            var due = calendar.AddWorkingDays(start, days);
            var basis = $"自{startLabel} {start:yyyy-MM-dd} 起 {days} 个工作日内（条例第二十六条）";
            foreach (var item in items)
            {
                var candidate = item switch
                {
                    { WorkingDays: { } n } => calendar.AddWorkingDays(start, n),
                    { CalendarDays: { } d } => start.AddDays(d),
                    _ => (DateOnly?)null,
                };
                if (candidate < due)
                {
                    due = candidate.Value;
                    basis = $"自{startLabel} {start:yyyy-MM-dd} 起，按关联目录事项“{item.SecondLevel}”的公开时限“{item.DeadlineText}”";
                }
            }

            return new DisclosureDeadline(due, basis);
        }
        catch (DomainException ex) when (ex.Code == CalendarErrorCodes.YearNotCovered)
        {
            return new DisclosureDeadline(null, $"无法计算公开时限：{ex.Message}");
        }
    }
}
