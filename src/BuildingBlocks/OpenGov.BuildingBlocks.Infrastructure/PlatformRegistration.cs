using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenGov.BuildingBlocks.Infrastructure.Messaging;
using OpenGov.BuildingBlocks.Infrastructure.Outbox;
using OpenGov.BuildingBlocks.Infrastructure.Security;
using OpenGov.BuildingBlocks.Infrastructure.Web;

namespace OpenGov.BuildingBlocks.Infrastructure;

public static class PlatformRegistration
{
    /// <summary>What every module relies on: clock, mediator pipeline, outbox dispatch, authentication, problem details.</summary>
    public static IServiceCollection AddOpenGovPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOpenGovMediator();
        services.AddHandlersFrom(typeof(PlatformRegistration).Assembly);
        services.AddOpenGovProblemDetails();
        services.AddOpenGovAuthentication(configuration);
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxBackgroundService>();
        return services;
    }
}
