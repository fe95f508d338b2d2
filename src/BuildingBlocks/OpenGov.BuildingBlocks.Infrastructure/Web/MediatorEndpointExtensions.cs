using MediatR;
using Microsoft.AspNetCore.Http;
using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.BuildingBlocks.Infrastructure.Web;

public static class MediatorEndpointExtensions
{
    /// <summary>
    /// Sends a command that returns an id, then answers with the entity read back by a query, so the
    /// client always sees what was committed (including the new version).
    /// </summary>
    public static async Task<IResult> SendThenGet<TId, TDto>(
        this IMediator mediator, IRequest<Result<TId>> command, Func<TId, IRequest<Result<TDto>>> query, CancellationToken ct,
        Func<TDto, IResult>? onSuccess = null)
    {
        var sent = await mediator.Send(command, ct);
        if (!sent.IsSuccess)
        {
            return sent.Error.ToProblem();
        }

        var read = await mediator.Send(query(sent.Value), ct);
        return read.ToHttp(onSuccess ?? (dto => TypedResults.Ok(dto)));
    }
}
