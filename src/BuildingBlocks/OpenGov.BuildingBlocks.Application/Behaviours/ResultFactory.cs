using System.Collections.Concurrent;
using System.Reflection;
using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.BuildingBlocks.Application.Behaviours;

/// <summary>Builds a failed <c>Result</c> or <c>Result&lt;T&gt;</c> for a pipeline that only knows TResponse.</summary>
public static class ResultFactory
{
    private static readonly ConcurrentDictionary<Type, Func<Error, object>> Factories = new();

    public static bool IsResult(Type type) => typeof(Result).IsAssignableFrom(type);

    public static TResponse Failure<TResponse>(Error error) =>
        (TResponse)Factories.GetOrAdd(typeof(TResponse), Build)(error);

    private static Func<Error, object> Build(Type type)
    {
        if (type == typeof(Result))
        {
            return Result.Failure;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Result<>))
        {
            var method = type.GetMethod(nameof(Result.Failure), BindingFlags.Public | BindingFlags.Static, [typeof(Error)])!;
            return error => method.Invoke(null, [error])!;
        }

        throw new InvalidOperationException($"{type} is not a Result; requests must return Result or Result<T>.");
    }
}
