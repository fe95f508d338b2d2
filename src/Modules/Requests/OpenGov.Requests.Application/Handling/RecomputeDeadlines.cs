using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGov.Requests.Application.Abstractions;
using OpenGov.Requests.Application.Queries;
using OpenGov.Requests.Domain.Deadlines;

namespace OpenGov.Requests.Application.Handling;

/// <summary>
/// A changed calendar (a late notice, a local adjustment) moves every open reply deadline counted through it,
/// including those that could not be computed before because the year was missing.
/// </summary>
internal sealed class DeadlineRecomputation(IRequestsDb db, IOptions<RequestsOptions> options, IWorkdays days, DeadlineListCache lists)
{
    public async Task<int> RecomputeOpenAsync(int firstYear, CancellationToken ct)
    {
        var from = new DateOnly(firstYear, 1, 1);
        var open = await db.Requests.Include(r => r.Consultations)
            .Where(r => r.ClosedOn == null && (r.DueOn == null || r.DueOn >= from))
            .ToListAsync(ct);
        foreach (var request in open)
        {
            request.RefreshOrNote(options.Value.Periods, days);
        }

        db.OnCommitted(lists.Invalidate);
        return open.Count;
    }
}
