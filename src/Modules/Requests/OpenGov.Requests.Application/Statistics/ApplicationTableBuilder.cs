using OpenGov.Requests.Contracts;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Statistics;

/// <summary>Accumulates table 三 cell by cell, then lays it out in template order with every row present (zeros, not blanks).</summary>
internal sealed class ApplicationTableBuilder
{
    private readonly Dictionary<string, int[]> _cells = ApplicationRowKeys.All.ToDictionary(k => k, _ => new int[6]);

    public void Add(string key, ApplicantKind kind, int count) => _cells[key][(int)kind - 1] += count;

    public ApplicationTable Build() => new([.. ApplicationRowKeys.All.Select(k => new ApplicationRow(k, Counts(_cells[k])))]);

    public static ApplicationTable Sum(IEnumerable<ApplicationTable> tables)
    {
        var sum = ApplicationRowKeys.All.ToDictionary(k => k, _ => ApplicantCounts.Zero);
        foreach (var row in tables.SelectMany(t => t.Rows))
        {
            sum[row.Key] += row.Counts;
        }

        return new([.. ApplicationRowKeys.All.Select(k => new ApplicationRow(k, sum[k]))]);
    }

    private static ApplicantCounts Counts(int[] c) => new(c[0], c[1], c[2], c[3], c[4], c[5]);
}
