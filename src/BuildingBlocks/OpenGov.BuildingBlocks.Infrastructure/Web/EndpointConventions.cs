using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OpenGov.BuildingBlocks.Infrastructure.Web;

public static class EndpointConventions
{
    /// <summary>Documents the problem responses every staff endpoint can give.</summary>
    public static RouteHandlerBuilder ProducesStandardProblems(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
