using MediatR;

namespace OpenGov.Organization.Tests.Behaviours;

/// <summary>A "next" step that records whether the pipeline reached the handler.</summary>
internal sealed class NextStep<TResponse>(TResponse response)
{
    public int Calls { get; private set; }

    public RequestHandlerDelegate<TResponse> Delegate => () =>
    {
        Calls++;
        return Task.FromResult(response);
    };
}
