using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;

namespace OpenGov.Host;

internal static class HttpSetup
{
    /// <summary>Enums travel as names; bodies are capped so an oversized request is a 413, not a memory problem.</summary>
    public static long MaxRequestBodyBytes(IConfiguration configuration) => configuration.GetValue<long>("Http:MaxRequestBodyBytes", 10 * 1024 * 1024);

    public static IServiceCollection AddOpenGovHttp(this IServiceCollection services, IConfiguration configuration)
    {
        var maxBody = MaxRequestBodyBytes(configuration);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = maxBody);
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = maxBody);
        // Unreadable input always reaches the one exception handler (Chinese detail, stable code), not only in Development.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }
}
