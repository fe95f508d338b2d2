using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.BuildingBlocks.Infrastructure.Messaging;
using OpenGov.BuildingBlocks.Infrastructure.Persistence;
using OpenGov.Requests.Application;
using OpenGov.Requests.Application.Abstractions;
using OpenGov.Requests.Application.Handling;
using OpenGov.Requests.Application.Intake;
using OpenGov.Requests.Application.Queries;
using OpenGov.Requests.Domain.Deadlines;
using OpenGov.Requests.Infrastructure.Endpoints;
using OpenGov.Requests.Infrastructure.Persistence;

namespace OpenGov.Requests.Infrastructure;

/// <summary>Disclosure requests (依申请公开), administrative review and litigation records (schema <c>requests</c>).</summary>
public static class RequestsModule
{
    public static IServiceCollection AddRequestsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<RequestsDbContext, RequestsSqliteContext, RequestsPostgreSqlContext, RequestsSqlServerContext>(
            configuration, RequestsModuleInfo.Value);
        services.AddScoped<IRequestsDb>(p => p.GetRequiredService<RequestsDbContext>());
        services.AddHandlersFrom([.. RequestsModuleInfo.Value.Assemblies]);
        services.AddOptions<RequestsOptions>().Bind(configuration.GetSection(RequestsOptions.Section))
            .Validate(o => o.ReplyWorkingDays > 0 && o.CorrectionNoticeWorkingDays > 0 && o.CorrectionReplyWorkingDays > 0
                           && o.ConsultationWorkingDays > 0 && o.MaxExtensionWorkingDays > 0 && o.FeePaymentWorkingDays > 0 && o.DueSoonWorkingDays >= 0,
                "Requests: every period must be a positive number of working days")
            .ValidateOnStart();
        services.AddScoped<IWorkdays, CalendarWorkdays>();
        services.AddScoped<RequestIntake>();
        services.AddScoped<RequestActionContext>();
        services.AddScoped<DeadlineRecomputation>();
        services.AddSingleton<DeadlineListCache>();
        return services;
    }

    public static IEndpointRouteBuilder MapRequestsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapRequestEndpoints();
        app.MapRequestHandlingEndpoints();
        app.MapPublicRequestEndpoints();
        app.MapRemedyEndpoints();
        return app;
    }
}
