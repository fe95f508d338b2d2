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

    private static readonly ConcurrentDictionary<Type, (Type ValueType, Func<object?, object> Create)> Successes = new();

    /// <summary>The value type T of a <c>Result&lt;T&gt;</c> response, or null for a plain <c>Result</c>.</summary>
    public static Type? ValueType(Type responseType) => SuccessFactory(responseType).ValueType == typeof(void) ? null : SuccessFactory(responseType).ValueType;

    /// <summary>A successful <c>Result&lt;T&gt;</c> (or <c>Result</c>) carrying <paramref name="value"/>.</summary>
    public static TResponse Success<TResponse>(object? value) => (TResponse)SuccessFactory(typeof(TResponse)).Create(value);

    private static (Type ValueType, Func<object?, object> Create) SuccessFactory(Type type) => Successes.GetOrAdd(type, static t =>
    {
        if (t == typeof(Result))
        {
            return (typeof(void), _ => Result.Success());
        }

        var valueType = t.GetGenericArguments()[0];
        var method = t.GetMethod(nameof(Result.Success), BindingFlags.Public | BindingFlags.Static, [valueType])!;
        return (valueType, value => method.Invoke(null, [value])!);
    });

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
