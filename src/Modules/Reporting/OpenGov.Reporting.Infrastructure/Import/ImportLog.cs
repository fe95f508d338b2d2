using OpenGov.Reporting.Domain.Reports;

namespace OpenGov.Reporting.Infrastructure.Import;

/// <summary>Collects problems and notes while a reader walks a file, so one run reports everything wrong at once.</summary>
internal sealed class ImportLog
{
    private readonly List<ImportProblem> _problems = [];
    private readonly List<string> _notes = [];

    public bool HasProblems => _problems.Count > 0;

    public void Problem(string location, string message) => _problems.Add(new ImportProblem(location, message));

    public void Note(string note)
    {
        // The same tolerated variant can be met several times (e.g. a label on two sheets); say it once.
        if (!_notes.Contains(note))
        {
            _notes.Add(note);
        }
    }

    /// <summary>Builds the result; content is withheld whenever a problem was found so nothing half-read is stored.</summary>
    public ImportResult Finish(Func<ReportContent> build) =>
        new(HasProblems ? null : build(), _problems.ToArray(), _notes.ToArray());

    /// <summary>The result when reading could not go on (not JSON, not an xlsx).</summary>
    public ImportResult Fail() => new(null, _problems.ToArray(), _notes.ToArray());
}
