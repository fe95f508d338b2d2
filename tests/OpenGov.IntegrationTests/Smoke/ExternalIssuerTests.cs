using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenGov.IntegrationTests.Infrastructure;

namespace OpenGov.IntegrationTests.Smoke;

/// <summary>With Authentication:Authority set, the host trusts that issuer's keys instead of its own signing key.</summary>
public sealed class ExternalIssuerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("opengov-issuer-").FullName;

    [Fact]
    public void Given_authority_configured_When_host_builds_Then_bearer_tokens_are_validated_against_that_issuer()
    {
        using var factory = new OpenGovFactory("Sqlite", $"Data Source={Path.Combine(_directory, "o.db")}", _directory, new Dictionary<string, string>
        {
            ["Authentication:Authority"] = "https://sso.example.gov.cn/realms/county",
            ["Authentication:Audience"] = "opengov-api",
        });

        var options = factory.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

        Assert.Equal("https://sso.example.gov.cn/realms/county", options.Authority);
        Assert.Equal("opengov-api", options.TokenValidationParameters.ValidAudience);
        Assert.Null(options.TokenValidationParameters.IssuerSigningKey);
        Assert.False(options.MapInboundClaims);
    }

    [Fact]
    public void Given_no_authority_When_host_builds_Then_own_signing_key_and_issuer_are_required()
    {
        using var factory = new OpenGovFactory("Sqlite", $"Data Source={Path.Combine(_directory, "p.db")}", _directory);

        var options = factory.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

        Assert.Null(options.Authority);
        Assert.Equal("opengov", options.TokenValidationParameters.ValidIssuer);
        Assert.NotNull(options.TokenValidationParameters.IssuerSigningKey);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
