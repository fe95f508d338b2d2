using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.BuildingBlocks.Infrastructure.Messaging;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;
using OpenGov.Organization.Application;
using OpenGov.Organization.Application.Abstractions;
using OpenGov.Organization.Contracts;
using OpenGov.Organization.Infrastructure.Calendar;
using OpenGov.Organization.Infrastructure.Endpoints;
using OpenGov.Organization.Infrastructure.Persistence;
using OpenGov.Organization.Infrastructure.Security;
using OpenGov.Organization.Infrastructure.Seeding;

namespace OpenGov.Organization.Infrastructure;

/// <summary>Units, staff, API clients, sign-in and the working-day calendar (schema <c>organization</c>).</summary>
public static class OrganizationModule
{
    public static IServiceCollection AddOrganizationModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<OrganizationDbContext, OrganizationSqliteContext, OrganizationPostgreSqlContext, OrganizationSqlServerContext>(
            configuration, OrganizationModuleInfo.Value);
        services.AddScoped<IOrganizationDb>(p => p.GetRequiredService<OrganizationDbContext>());
        services.AddHandlersFrom([.. OrganizationModuleInfo.Value.Assemblies]);

        services.Configure<CountyOptions>(configuration.GetSection(CountyOptions.Section));
        services.Configure<BootstrapOptions>(configuration.GetSection(BootstrapOptions.Section));
        services.Configure<SignInOptions>(configuration.GetSection(SignInOptions.Section));
        services.Configure<CalendarOptions>(configuration.GetSection(CalendarOptions.Section));

        services.AddSingleton<IPasswordHasher, IdentityPasswordHasher>();
        services.AddSingleton<ISecretHasher, Sha256SecretHasher>();
        services.AddSingleton<ITokenIssuer, JwtTokenIssuer>();
        services.AddSingleton<CalendarSnapshots>();
        services.AddSingleton<ICalendarSnapshots>(p => p.GetRequiredService<CalendarSnapshots>());
        services.AddSingleton<IWorkingCalendar>(p => p.GetRequiredService<CalendarSnapshots>());
        services.AddScoped<IModuleSeeder, OrganizationSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapOrganizationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapAuthEndpoints();
        app.MapUnitEndpoints();
        app.MapStaffUserEndpoints();
        app.MapApiClientEndpoints();
        app.MapCalendarEndpoints();
        return app;
    }
}
