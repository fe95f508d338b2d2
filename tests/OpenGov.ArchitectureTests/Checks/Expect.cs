namespace OpenGov.ArchitectureTests.Checks;

internal static class Expect
{
    /// <summary>Fails with every violation on its own line, so one run shows all of them.</summary>
    public static void None(IReadOnlyCollection<string> violations, string rule)
    {
        if (violations.Count > 0)
        {
            Assert.Fail($"{rule} ({violations.Count} violation(s)):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", violations)}");
        }
    }
}
