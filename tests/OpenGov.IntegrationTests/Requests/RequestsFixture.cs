using OpenGov.IntegrationTests.Infrastructure;

namespace OpenGov.IntegrationTests.Requests;

/// <summary>
/// A database of its own for the Requests suite, wiped before each test; each test then gets a fresh host whose clock
/// starts at the factory's 2026-11-23T01:00Z. Request deadlines are tested by moving the clock days ahead, which the
/// shared fixture cannot allow (its one clock only moves forward and other suites read "today"), and a database of our
/// own keeps runs of the shared one on the same cluster out of our way.
/// </summary>
public sealed class RequestsFixture() : OwnDatabaseFixture("requests");

[CollectionDefinition(Name)]
public sealed class RequestsCollection : ICollectionFixture<RequestsFixture>
{
    public const string Name = "requests api on PostgreSQL";
}
