using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using OpenGov.BuildingBlocks.Infrastructure.Messaging;

namespace OpenGov.IntegrationTests.Infrastructure;

/// <summary>
/// The real host on a given database, with a clock the tests move and no background outbox polling
/// (tests call the dispatcher themselves, so nothing depends on timing).
/// </summary>
public sealed class OpenGovFactory(string provider, string connectionString, string dataDirectory, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string AdminUserName = "countyadmin";
    public const string AdminPassword = "Admin-2026-pass";
    public const int MaxAttachmentBytes = 256 * 1024;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:OpenGov", connectionString);
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("Outbox:MaxAttempts", "3");
        builder.UseSetting("Publication:DeadlineMonitor:Enabled", "false");
        builder.UseSetting("Bootstrap:AdminUserName", AdminUserName);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("County:Name", "测试县人民政府");
        builder.UseSetting("Authentication:SigningKey", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("integration-tests-signing-key-0123456789abcdef")));
        builder.UseSetting("Authentication:SigningKeyFile", Path.Combine(dataDirectory, "jwt.key"));
        builder.UseSetting("Publication:Attachments:Path", Path.Combine(dataDirectory, "attachments"));
        // Small enough that the oversized-upload test sends little; large enough for every other attachment test.
        builder.UseSetting("Publication:Attachments:MaxBytes", MaxAttachmentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:Console:FormatterName", "simple");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddHandlersFrom(typeof(OpenGovFactory).Assembly);
            services.AddSingleton<TestConsumerScript>();
        });
    }
}
