using System.Collections.Concurrent;
using System.Reflection;
using MediatR;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.BuildingBlocks.Application.Behaviours;

/// <summary>Checks the roles declared on the request and its unit scope before the handler runs.</summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser currentUser) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly ConcurrentDictionary<Type, (bool Anonymous, string[] Roles, string? Scope)> Policies = new();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var error = Check(request);
        if (error is null)
        {
            return await next();
        }

        return ResultFactory.IsResult(typeof(TResponse))
            ? ResultFactory.Failure<TResponse>(error)
            : throw new UnauthorizedAccessException(error.Message);
    }

    private Error? Check(TRequest request)
    {
        var (anonymous, roles, scope) = Policies.GetOrAdd(typeof(TRequest), static type => (
            type.GetCustomAttribute<AllowAnonymousRequestAttribute>() is not null,
            type.GetCustomAttribute<AuthorizeRolesAttribute>()?.Roles.ToArray() ?? [],
            type.GetCustomAttribute<RequireClientScopeAttribute>()?.Scope));

        if (anonymous)
        {
            return null;
        }

        if (!currentUser.IsAuthenticated)
        {
            return Error.Unauthorized("auth.required", "请先登录");
        }

        if (roles.Length > 0 && !roles.Any(currentUser.IsInRole))
        {
            var names = string.Join("、", roles.Select(r => Roles.ChineseNames.GetValueOrDefault(r, r)));
            return Error.Forbidden("auth.role_required", $"需要以下角色之一：{names}");
        }

        if (scope is not null && currentUser.ClientId is not null && !currentUser.Scopes.Contains(scope))
        {
            return Error.Forbidden("auth.scope_required", $"该接入系统未获授权范围 {scope}");
        }

        if (request is IUnitScoped scoped && !currentUser.CanActFor(scoped.ScopeUnitId))
        {
            return Error.Forbidden("auth.unit_scope", "只能办理本单位的事务");
        }

        return null;
    }
}
