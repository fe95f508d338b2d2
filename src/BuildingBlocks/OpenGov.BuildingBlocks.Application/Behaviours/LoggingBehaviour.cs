using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;
using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.BuildingBlocks.Application.Behaviours;

public sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response is Result { IsSuccess: false } failed)
        {
            logger.LogInformation("{Request} failed with {ErrorCode} in {ElapsedMs:0.0} ms", typeof(TRequest).Name, failed.Error.Code, elapsed);
        }
        else
        {
            logger.LogDebug("{Request} handled in {ElapsedMs:0.0} ms", typeof(TRequest).Name, elapsed);
        }

        return response;
    }
}
