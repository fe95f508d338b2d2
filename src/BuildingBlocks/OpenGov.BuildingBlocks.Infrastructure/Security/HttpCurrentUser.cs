using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using OpenGov.BuildingBlocks.Application.Security;

namespace OpenGov.BuildingBlocks.Infrastructure.Security;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId => ParseGuid(Find(ClaimNames.Subject) ?? Find(ClaimTypes.NameIdentifier));

    public string? UserName => Find(ClaimNames.Name) ?? Find(ClaimTypes.Name);

    public Guid? UnitId => ParseGuid(Find(ClaimNames.UnitId));

    public string? ClientId => Find(ClaimNames.ClientId);

    public IReadOnlySet<string> Roles => Principal?.FindAll(c => c.Type is ClaimNames.Role or ClaimTypes.Role).Select(c => c.Value).ToHashSet()
                                         ?? (IReadOnlySet<string>)new HashSet<string>();

    public IReadOnlySet<string> Scopes => Principal?.FindAll(ClaimNames.Scope)
                                              .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet()
                                          ?? (IReadOnlySet<string>)new HashSet<string>();

    private string? Find(string type) => Principal?.FindFirst(type)?.Value;

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
