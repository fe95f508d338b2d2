using OpenGov.BuildingBlocks.Infrastructure;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;
using OpenGov.BuildingBlocks.Infrastructure.Platform;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Host;
using OpenGov.Host.Swagger;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddOpenGovPlatform(builder.Configuration);
builder.Services.AddOpenGovModules(builder.Configuration);
builder.Services.AddOpenGovHttp(builder.Configuration);
builder.Services.AddOpenGovSwagger();
builder.Services.AddOpenGovHealthChecks();

var app = builder.Build();

await DatabaseMigrator.MigrateAndSeedAsync(app.Services);

app.UseOpenGovProblemDetails();
app.UseOpenGovRequestSizeLimit(HttpSetup.MaxRequestBodyBytes(app.Configuration));
app.UseAuthentication();
app.UseAuthorization();
app.UseOpenGovSwagger();
app.MapOpenGovHealthChecks();
app.MapPlatformEndpoints();
app.MapOpenGovModules();

app.Run();

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;
