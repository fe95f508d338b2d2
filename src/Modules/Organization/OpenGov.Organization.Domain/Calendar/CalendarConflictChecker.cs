namespace OpenGov.Organization.Domain.Calendar;

/// <summary>
/// Cross-line checks. Each line can be valid on its own while the set contradicts itself
/// (two overlapping breaks, a make-up day inside a break); such data would silently shift deadlines.
/// </summary>
internal static class CalendarConflictChecker
{
    public static void AddConflicts(IReadOnlyList<ParsedRecord> records, List<CalendarParseError> errors)
    {
        var offs = records.Where(r => r.Span.Kind == CalendarEntryKind.Off).ToArray();
        var works = records.Where(r => r.Span.Kind == CalendarEntryKind.Work).ToArray();

        for (var i = 0; i < offs.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (Overlaps(offs[i].Span, offs[j].Span))
                {
                    errors.Add(Error(offs[i], $"放假区间与第 {offs[j].LineNumber} 行的放假区间重叠"));
                    break;
                }
            }
        }

        for (var i = 0; i < works.Length; i++)
        {
            var date = works[i].Span.Start;
            var duplicate = works.Take(i).FirstOrDefault(w => w.Span.Start == date);
            if (duplicate is not null)
            {
                errors.Add(Error(works[i], $"调休上班日 {CalendarDataParser.FormatDate(date)} 与第 {duplicate.LineNumber} 行重复"));
                continue;
            }

            var container = offs.FirstOrDefault(o => o.Span.Start <= date && date <= o.Span.End);
            if (container is not null)
            {
                errors.Add(Error(works[i], $"调休上班日 {CalendarDataParser.FormatDate(date)} 落在第 {container.LineNumber} 行的放假区间内"));
            }
        }
    }

    private static bool Overlaps(CalendarSpan a, CalendarSpan b) => a.Start <= b.End && b.Start <= a.End;

    private static CalendarParseError Error(ParsedRecord record, string message) =>
        new(record.LineNumber, record.Line, message);
}
