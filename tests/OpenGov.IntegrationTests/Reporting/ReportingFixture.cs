using OpenGov.IntegrationTests.Infrastructure;

namespace OpenGov.IntegrationTests.Reporting;

/// <summary>
/// A database of its own for the Reporting suite and ONE host per test class: starting a host costs seconds, and a
/// report needs a lot of seeding, so the tests of a class share a host and its data (each test uses units of its own).
/// The database is wiped only when the next class starts, and only classes that move the clock are alone in theirs.
/// The collection runs its classes one after another, so one host at a time is enough.
/// </summary>
public sealed class ReportingFixture() : OwnDatabaseFixture("reporting")
{
    private Type? _owner;
    private OpenGovFactory? _host;

    /// <summary>The host of <paramref name="testClass"/>: started (on wiped data) by its first test, reused by the others.</summary>
    public async Task<OpenGovFactory> HostForAsync(Type testClass)
    {
        if (_owner == testClass && _host is not null)
        {
            return _host;
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _host = await FreshHostAsync();
        _owner = testClass;
        return _host;
    }

    public override async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ReportingCollection : ICollectionFixture<ReportingFixture>
{
    public const string Name = "reporting api on PostgreSQL";
}
