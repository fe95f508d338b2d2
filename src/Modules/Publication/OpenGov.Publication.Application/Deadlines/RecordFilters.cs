using System.Linq.Expressions;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Deadlines;

internal static class RecordFilters
{
    /// <summary>In SQL what <see cref="GovernmentRecord.IsDueForDisclosure"/> says in memory: 主动公开 and not yet published or withdrawn.</summary>
    public static readonly Expression<Func<GovernmentRecord, bool>> AwaitingDisclosure = r =>
        r.Status != RecordStatus.Published && r.Status != RecordStatus.Withdrawn
        && (r.Content.Attribute == DisclosureAttribute.PublishInFull || r.Content.Attribute == DisclosureAttribute.PublishRedacted);
}
