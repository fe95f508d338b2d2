using OpenGov.Catalogue.Infrastructure;
using OpenGov.Organization.Infrastructure;
using OpenGov.Publication.Infrastructure;
using OpenGov.Requests.Infrastructure;
using OpenGov.Reporting.Infrastructure;

namespace OpenGov.Host;

/// <summary>
/// The one list of modules. Each honours <c>Modules:&lt;Name&gt;:Enabled</c> (default true) so a test or a
/// deployment can run a module alone.
/// </summary>
internal static class ModuleRegistry
{
    public static IServiceCollection AddOpenGovModules(this IServiceCollection services, IConfiguration configuration)
    {
        if (Enabled(configuration, "Organization"))
        {
            services.AddOrganizationModule(configuration);
        }

        if (Enabled(configuration, "Catalogue"))
        {
            services.AddCatalogueModule(configuration);
        }

        if (Enabled(configuration, "Publication"))
        {
            services.AddPublicationModule(configuration);
        }

        if (Enabled(configuration, "Requests"))
        {
            services.AddRequestsModule(configuration);
        }

        if (Enabled(configuration, "Reporting"))
        {
            services.AddReportingModule(configuration);
        }

        return services;
    }

    public static WebApplication MapOpenGovModules(this WebApplication app)
    {
        if (Enabled(app.Configuration, "Organization"))
        {
            app.MapOrganizationEndpoints();
        }

        if (Enabled(app.Configuration, "Catalogue"))
        {
            app.MapCatalogueEndpoints();
        }

        if (Enabled(app.Configuration, "Publication"))
        {
            app.MapPublicationEndpoints();
        }

        if (Enabled(app.Configuration, "Requests"))
        {
            app.MapRequestsEndpoints();
        }

        if (Enabled(app.Configuration, "Reporting"))
        {
            app.MapReportingEndpoints();
        }

        return app;
    }

    private static bool Enabled(IConfiguration configuration, string module) =>
        configuration.GetValue($"Modules:{module}:Enabled", true);
}
