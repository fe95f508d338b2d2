using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenGov.BuildingBlocks.Application.Behaviours;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Infrastructure.Idempotency;

namespace OpenGov.BuildingBlocks.Infrastructure.Messaging;

/// <summary>MediatR 5.1.0 has no AddMediatR: the mediator, the pipeline and the scanning live here.</summary>
public static class MediatorRegistration
{
    private static readonly Type[] ScannedInterfaces =
    [
        typeof(IRequestHandler<,>),
        typeof(INotificationHandler<>),
        typeof(IDomainEventMapper<>),
    ];

    /// <summary>The mediator and the pipeline, in order: logging → validation → authorization → unit of work → idempotency.</summary>
    public static IServiceCollection AddOpenGovMediator(this IServiceCollection services)
    {
        services.TryAddScoped<ServiceFactory>(p => p.GetRequiredService);
        services.TryAddScoped<IMediator, Mediator>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(IdempotencyBehaviour<,>));
        services.TryAddScoped<IdempotencyContext>();
        return services;
    }

    /// <summary>Registers every handler, domain-event mapper and validator of the given assemblies.</summary>
    public static IServiceCollection AddHandlersFrom(this IServiceCollection services, params Assembly[] assemblies)
    {
        foreach (var type in assemblies.SelectMany(SafeTypes).Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && ScannedInterfaces.Contains(i.GetGenericTypeDefinition())))
            {
                services.TryAddEnumerable(ServiceDescriptor.Scoped(contract, type));
            }
        }

        services.AddValidatorsFromAssemblies(assemblies, ServiceLifetime.Scoped, includeInternalTypes: true);
        return services;
    }

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.Where(t => t is not null)!;
        }
    }
}
