using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.BuildingBlocks.Infrastructure.Messaging;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;
using OpenGov.Publication.Application;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Application.Deadlines;
using OpenGov.Publication.Application.Public;
using OpenGov.Publication.Application.Records;
using OpenGov.Publication.Infrastructure.Attachments;
using OpenGov.Publication.Infrastructure.Background;
using OpenGov.Publication.Infrastructure.Endpoints;
using OpenGov.Publication.Infrastructure.Persistence;
using OpenGov.Publication.Infrastructure.RichText;
using OpenGov.Publication.Infrastructure.Search;

namespace OpenGov.Publication.Infrastructure;

/// <summary>Government information from drafting to the public, with OA ingest (schema <c>publication</c>).</summary>
public static class PublicationModule
{
    public static IServiceCollection AddPublicationModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PublicationDbContext, PublicationSqliteContext, PublicationPostgreSqlContext, PublicationSqlServerContext>(
            configuration, PublicationModuleInfo.Value);
        services.AddScoped<IPublicationDb>(p => p.GetRequiredService<PublicationDbContext>());
        services.AddHandlersFrom([.. PublicationModuleInfo.Value.Assemblies]);
        services.AddOptions<PublicationOptions>().Bind(configuration.GetSection(PublicationOptions.Section))
            .Validate(o => o.DisclosureWorkingDays > 0 && o.DueSoonWorkingDays >= 0, "Publication:DisclosureWorkingDays must be positive")
            .Validate(o => o.EffectiveReviewStages.All(s => s.Roles.Count > 0), "Publication:ReviewStages: every stage needs at least one role")
            .Validate(o => o.Attachments.MaxBytes > 0 && !string.IsNullOrWhiteSpace(o.Attachments.Path), "Publication:Attachments needs a Path and a positive MaxBytes")
            .ValidateOnStart();
        services.AddOptions<DeadlineMonitorOptions>().Bind(configuration.GetSection("Publication:DeadlineMonitor"));
        services.AddSingleton<IRichText, SanitizedRichText>();
        services.AddMemoryCache();
        services.AddSingleton<PublicDocumentCache>();
        services.AddSingleton<UnitSummaryCache>();
        services.AddSingleton<IAttachmentStore, DiskAttachmentStore>();
        services.AddScoped<RecordDrafting>();
        services.AddScoped<IPublicTextSearch, PublicTextSearch>();
        services.AddScoped<DisclosureDeadlines>();
        services.AddScoped<OverdueScanner>();
        services.AddHostedService<DeadlineMonitor>();
        return services;
    }

    public static IEndpointRouteBuilder MapPublicationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapRecordEndpoints();
        app.MapIngestEndpoints();
        app.MapPublicDocumentEndpoints();
        app.MapAttachmentEndpoints();
        app.MapNormativeEndpoints();
        app.MapAnnualReviewEndpoints();
        return app;
    }
}
