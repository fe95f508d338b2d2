namespace OpenGov.Organization.Tests.CalendarYears;

/// <summary>Finds shared/docs beside or above the test output (both the worktree and the CI layout).</summary>
internal static class SharedDocs
{
    public static string Read(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "docs", fileName), Path.Combine(dir.FullName, "..", "shared", "docs", fileName) })
            {
                if (File.Exists(candidate))
                {
                    return File.ReadAllText(candidate);
                }
            }
        }

        Assert.Fail($"shared/docs/{fileName} was not found beside or above {AppContext.BaseDirectory}");
        return "";
    }
}
