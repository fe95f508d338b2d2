using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenGov.BuildingBlocks.Application.Security;

namespace OpenGov.BuildingBlocks.Infrastructure.Security;

public static class AuthenticationRegistration
{
    public static IServiceCollection AddOpenGovAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OpenGovAuthenticationOptions>(configuration.GetSection(OpenGovAuthenticationOptions.Section));
        services.AddSingleton<SigningKeyProvider>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<OpenGovAuthenticationOptions>, SigningKeyProvider, TimeProvider>((jwt, settings, keys, clock) =>
            {
                jwt.MapInboundClaims = false;
                var s = settings.Value;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateAudience = true,
                    ValidAudience = s.Audience,
                    NameClaimType = ClaimNames.Name,
                    RoleClaimType = ClaimNames.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),

                    // Lifetimes follow the injected clock like everything else, so tests that move time stay consistent.
                    LifetimeValidator = (notBefore, expires, _, parameters) =>
                    {
                        var now = clock.GetUtcNow().UtcDateTime;
                        return (notBefore is null || notBefore.Value <= now + parameters.ClockSkew)
                               && (expires is null || expires.Value >= now - parameters.ClockSkew);
                    },
                };
                if (!string.IsNullOrWhiteSpace(s.Authority))
                {
                    jwt.Authority = s.Authority;
                    jwt.Audience = s.Audience;
                }
                else
                {
                    jwt.TokenValidationParameters.ValidIssuer = s.Issuer;
                    jwt.TokenValidationParameters.IssuerSigningKey = keys.Key;
                }
            });
        services.AddAuthorization();

        // Bearer tokens need no data protection; its hosted service would only load a key ring at every start.
        var keyRingWarmUp = services.FirstOrDefault(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService");
        if (keyRingWarmUp is not null)
        {
            services.Remove(keyRingWarmUp);
        }
        return services;
    }
}
