using Microsoft.EntityFrameworkCore;
using OpenGov.Requests.Domain.Remedies;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Abstractions;

/// <summary>The module's own tables as handlers see them; the unit of work saves once per command.</summary>
public interface IRequestsDb
{
    DbSet<DisclosureRequest> Requests { get; }

    DbSet<RemedyCase> RemedyCases { get; }

    /// <summary>Runs after the next successful save (caches must never see uncommitted data).</summary>
    void OnCommitted(Action action);
}
