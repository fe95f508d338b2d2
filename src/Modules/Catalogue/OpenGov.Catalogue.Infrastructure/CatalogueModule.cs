using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.BuildingBlocks.Infrastructure.Messaging;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;
using OpenGov.Catalogue.Application.Abstractions;
using OpenGov.Catalogue.Application.Catalogues;
using OpenGov.Catalogue.Infrastructure.Endpoints;
using OpenGov.Catalogue.Infrastructure.Persistence;
using OpenGov.Catalogue.Infrastructure.Seeding;
using OpenGov.Catalogue.Infrastructure.Xlsx;

namespace OpenGov.Catalogue.Infrastructure;

/// <summary>The standard disclosure catalogue: domains, per-unit catalogues and their versions (schema <c>catalogue</c>).</summary>
public static class CatalogueModule
{
    public static IServiceCollection AddCatalogueModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CatalogueDbContext, CatalogueSqliteContext, CataloguePostgreSqlContext, CatalogueSqlServerContext>(
            configuration, CatalogueModuleInfo.Value);
        services.AddScoped<ICatalogueDb>(p => p.GetRequiredService<CatalogueDbContext>());
        services.AddHandlersFrom([.. CatalogueModuleInfo.Value.Assemblies]);
        services.AddScoped<IModuleSeeder, CatalogueSeeder>();
        services.AddMemoryCache();
        services.AddSingleton<PublishedCatalogueCache>();
        services.AddSingleton<ICatalogueWorkbookReader, CatalogueWorkbookReader>();
        return services;
    }

    public static IEndpointRouteBuilder MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapDomainEndpoints();
        app.MapCatalogueLifecycleEndpoints();
        app.MapCatalogueExportEndpoints();
        app.MapCatalogueImportEndpoints();
        app.MapNegativeListEndpoints();
        app.MapCoverageEndpoints();
        return app;
    }
}
