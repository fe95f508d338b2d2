using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.BuildingBlocks.Infrastructure.Messaging;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;
using OpenGov.Reporting.Application;
using OpenGov.Reporting.Application.Abstractions;
using OpenGov.Reporting.Application.Figures;
using OpenGov.Reporting.Application.Reports;
using OpenGov.Reporting.Infrastructure.Endpoints;
using OpenGov.Reporting.Infrastructure.Persistence;

namespace OpenGov.Reporting.Infrastructure;

/// <summary>The annual report (政府信息公开工作年度报告), per unit and county-wide (schema <c>reporting</c>).</summary>
public static class ReportingModule
{
    public static IServiceCollection AddReportingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ReportingDbContext, ReportingSqliteContext, ReportingPostgreSqlContext, ReportingSqlServerContext>(
            configuration, ReportingModuleInfo.Value);
        services.AddScoped<IReportingDb>(p => p.GetRequiredService<ReportingDbContext>());
        services.AddHandlersFrom([.. ReportingModuleInfo.Value.Assemblies]);
        services.AddOptions<ReportingOptions>().Bind(configuration.GetSection(ReportingOptions.Section))
            .Validate(o => o.Deadlines.Values.All(v => DateOnly.TryParseExact($"2001-{v}", "yyyy-MM-dd", out _)), "Reporting:Deadlines: each value is MM-dd")
            .ValidateOnStart();
        services.AddScoped<ReportFigures>();
        services.AddScoped<ReportDrafting>();
        return services;
    }

    public static IEndpointRouteBuilder MapReportingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapReportEndpoints();
        app.MapEnforcementEndpoints();
        app.MapPublicReportEndpoints();
        app.MapImportEndpoints();
        return app;
    }
}
