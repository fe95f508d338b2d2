namespace OpenGov.ArchitectureTests.Discovery;

/// <summary>
/// The modules architecture.md plans. Kept by hand on purpose: a folder under <c>src/Modules</c> that is
/// not listed here fails <see cref="Rules.ModuleListTests"/>, so adding a module is a decision someone
/// writes down, and rules naming "every other module" already cover the ones still to come.
/// </summary>
public static class KnownModules
{
    public static readonly IReadOnlyList<string> All =
    [
        "Catalogue",
        "Publication",
        // Split out of Publication (issue 6 allows it): requests share no table or invariant with records.
        "Requests",
        "Interpretation",
        "Participation",
        "NewMedia",
        "Training",
        "Organization",
        "Reporting",
    ];
}
