using OpenGov.Organization.Domain.Calendar;
using Xunit;

namespace OpenGov.Organization.Tests.Calendar;

/// <summary>
/// holidays.md is the reviewed source of truth; the embedded copy must not drift from it
/// when the next notice is added to one but not the other.
/// </summary>
public sealed class OfficialCalendarFileTests
{
    private const string DocRelativePath = "shared/docs/holidays.md";

    [Fact]
    public void Embedded_official_calendar_equals_the_machine_readable_block_of_holidays_md()
    {
        var docPath = FindHolidaysDoc();
        Assert.True(
            docPath is not null,
            $"{DocRelativePath} was not found beside or above {AppContext.BaseDirectory}; "
            + "clone the shared documents beside the repository (<repo>/../shared/docs/holidays.md).");

        var block = ExtractMachineReadableBlock(File.ReadAllText(docPath!));

        Assert.Equal(Normalize(block), Normalize(OfficialCalendar.RawText));
    }

    // Looks in every ancestor directory, and beside it, so that both a checkout inside the shared
    // tree and the CI layout (<repo> and shared/ side by side) are found.
    private static string? FindHolidaysDoc()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, DocRelativePath), Path.Combine(dir.FullName, "..", DocRelativePath) })
            {
                if (File.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        return null;
    }

    private static string ExtractMachineReadableBlock(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var heading = Array.FindIndex(lines, l => l.TrimEnd() == "## Machine-readable data");
        Assert.True(heading >= 0, "holidays.md has no '## Machine-readable data' heading.");

        var open = Array.FindIndex(lines, heading, l => l.TrimEnd() == "```");
        Assert.True(open >= 0, "holidays.md has no code fence after '## Machine-readable data'.");
        var close = Array.FindIndex(lines, open + 1, l => l.TrimEnd() == "```");
        Assert.True(close > open, "The machine-readable block of holidays.md is not closed.");

        return string.Join('\n', lines[(open + 1)..close]);
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n');
}
