using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenGov.BuildingBlocks.Infrastructure.Modules;

namespace OpenGov.Host;

internal static class HealthChecks
{
    public static IServiceCollection AddOpenGovHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>live: the process answers; ready: every module's database answers too.</summary>
    public static WebApplication MapOpenGovHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithTags("健康检查").AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).WithTags("健康检查").AllowAnonymous();
        return app;
    }
}

internal sealed class DatabaseHealthCheck(IServiceProvider services, IEnumerable<ModuleInfo> modules) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        foreach (var module in modules)
        {
            var db = (DbContext)services.GetRequiredService(module.DbContextType);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy($"模块 {module.Name} 的数据库无法连接");
            }
        }

        return HealthCheckResult.Healthy();
    }
}
