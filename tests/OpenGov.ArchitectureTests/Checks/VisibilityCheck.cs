using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;

namespace OpenGov.ArchitectureTests.Checks;

/// <summary>Rule 6: plumbing that MediatR, FluentValidation and EF find by scanning is internal sealed.</summary>
public static class VisibilityCheck
{
    private static readonly Type[] ScannedContracts =
    [
        typeof(IRequestHandler<,>),
        typeof(INotificationHandler<>),
        typeof(IValidator<>),
        typeof(IEntityTypeConfiguration<>),
        typeof(IDomainEventMapper<>),
    ];

    public static IReadOnlyList<string> Violations(IEnumerable<Assembly> assemblies) =>
        [.. Plumbing(assemblies).SelectMany(Problems).Order()];

    public static IEnumerable<Type> Plumbing(IEnumerable<Assembly> assemblies) =>
        assemblies.SelectMany(TypeScan.DeclaredTypes).Where(t => t.IsClass && IsPlumbing(t));

    // Mapperly's [Mapper] attribute is compile-time only (not in the assembly), so mappers are known by name.
    private static bool IsPlumbing(Type type) =>
        ScannedContracts.Any(type.Implements) || type.PlainName().EndsWith("Mapper", StringComparison.Ordinal);

    private static IEnumerable<string> Problems(Type type)
    {
        if (type.IsVisible)
        {
            yield return $"{type.FullName} is public; make it internal";
        }

        // A static class is abstract and sealed; an abstract base class cannot be sealed.
        if (!type.IsSealed && !type.IsAbstract)
        {
            yield return $"{type.FullName} is not sealed";
        }
    }
}
