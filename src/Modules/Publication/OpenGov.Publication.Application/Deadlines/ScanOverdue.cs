using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Deadlines;

/// <summary>
/// Marks every 主动公开 record past its 公开时限 as overdue, once, raising the event Catalogue's coverage listens to.
/// Run by the deadline monitor in the background; the county office can also run it at once.
/// </summary>
[AuthorizeRoles(Roles.CountyAdmin)]
public sealed record ScanOverdueRecordsCommand : ICommand<int>;

/// <summary>The same scan, sent by the host's own background service, which has no signed-in caller.</summary>
[AllowAnonymousRequest]
internal sealed record ScanOverdueRecordsBySystemCommand : ICommand<int>;

internal sealed class OverdueScanner(IPublicationDb db, TimeProvider clock)
{
    public const int BatchSize = 500;

    public async Task<int> ScanAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var late = await db.Records.Where(RecordFilters.AwaitingDisclosure)
            .Where(r => r.DueOn < today && r.OverdueSince == null)
            .OrderBy(r => r.DueOn).Take(BatchSize)
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        return late.Count(r => r.MarkOverdueIfLate(today, now));
    }
}

internal sealed class ScanOverdueRecordsHandler(OverdueScanner scanner) : ICommandHandler<ScanOverdueRecordsCommand, int>
{
    public async Task<Result<int>> Handle(ScanOverdueRecordsCommand command, CancellationToken cancellationToken) =>
        await scanner.ScanAsync(cancellationToken);
}

internal sealed class ScanOverdueRecordsBySystemHandler(OverdueScanner scanner) : ICommandHandler<ScanOverdueRecordsBySystemCommand, int>
{
    public async Task<Result<int>> Handle(ScanOverdueRecordsBySystemCommand command, CancellationToken cancellationToken) =>
        await scanner.ScanAsync(cancellationToken);
}
