using System.Security.Cryptography;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Application.Abstractions;
using OpenGov.Organization.Domain.Clients;

namespace OpenGov.Organization.Application.Clients;

[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin)]
public sealed record CreateApiClientCommand(string? Name, Guid? UnitId, IReadOnlyList<string>? Scopes) : ICommand<IssuedClientSecret>, IApiClientFields;

[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin)]
public sealed record UpdateApiClientCommand(Guid Id, string? Name, IReadOnlyList<string>? Scopes, int? Version) : ICommand<Guid>, IApiClientFields;

/// <summary>The old secret stops working at once; the new one is shown once.</summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin)]
public sealed record RotateApiClientSecretCommand(Guid Id) : ICommand<IssuedClientSecret>;

[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin)]
public sealed record RevokeApiClientCommand(Guid Id) : ICommand<Guid>;

[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin)]
public sealed record GetApiClientQuery(Guid Id) : IQuery<ApiClientDto>;

[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin)]
public sealed record ListApiClientsQuery(Guid? UnitId, bool? IncludeRevoked, int? Page, int? PageSize) : IQuery<PagedList<ApiClientDto>>;

public interface IApiClientFields
{
    string? Name { get; }

    IReadOnlyList<string>? Scopes { get; }
}

internal sealed class ApiClientFieldsValidator : AbstractValidator<IApiClientFields>
{
    public ApiClientFieldsValidator()
    {
        RuleFor(x => x.Name)
            .NotEmpty().WithErrorCode("api_client.name_required").WithMessage("请填写客户端名称")
            .MaximumLength(100).WithErrorCode("api_client.name_too_long").WithMessage("客户端名称不能超过 100 个字");
        RuleFor(x => x.Scopes)
            .NotEmpty().WithErrorCode("api_client.scopes_required").WithMessage("至少选择一个权限范围")
            .Must(s => s is null || s.All(ApiScopes.All.ContainsKey))
            .WithErrorCode("api_client.scope_invalid").WithMessage($"权限范围只能是：{string.Join("、", ApiScopes.All.Keys)}");
    }
}

internal static class ApiClientRules
{
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    public static string NewClientId() => "oa-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();

    public static async Task<Result<ApiClient>> LoadManagedAsync(IOrganizationDb db, ICurrentUser currentUser, Guid id, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null || !currentUser.CanActFor(client.UnitId))
        {
            return Error.NotFound("api_client.not_found", "接口客户端不存在");
        }

        return client;
    }
}

internal sealed class CreateApiClientValidator : AbstractValidator<CreateApiClientCommand>
{
    public CreateApiClientValidator()
    {
        Include(new ApiClientFieldsValidator());
        RuleFor(x => x.UnitId).Must(id => id is { } value && value != Guid.Empty).WithErrorCode("api_client.unit_required").WithMessage("请选择所属单位");
    }
}

internal sealed class UpdateApiClientValidator : AbstractValidator<UpdateApiClientCommand>
{
    public UpdateApiClientValidator()
    {
        Include(new ApiClientFieldsValidator());
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed class CreateApiClientHandler(IOrganizationDb db, ICurrentUser currentUser, ISecretHasher hasher, TimeProvider clock)
    : ICommandHandler<CreateApiClientCommand, IssuedClientSecret>
{
    public async Task<Result<IssuedClientSecret>> Handle(CreateApiClientCommand command, CancellationToken cancellationToken)
    {
        var unitId = command.UnitId!.Value;
        if (!currentUser.CanActFor(unitId))
        {
            return Error.Forbidden("auth.unit_scope", "只能为本单位创建接口客户端");
        }

        if (!await db.Units.AnyAsync(u => u.Id == unitId && u.IsActive, cancellationToken))
        {
            return Error.Field("api_client.unit_not_found", "unitId", "所属单位不存在或已停用");
        }

        var secret = ApiClientRules.NewSecret();
        var client = ApiClient.Create(Guid.NewGuid(), ApiClientRules.NewClientId(), command.Name!, unitId, command.Scopes!, hasher.Hash(secret), clock.GetUtcNow());
        db.ApiClients.Add(client);
        return new IssuedClientSecret(client.Id, secret);
    }
}

internal sealed class UpdateApiClientHandler(IOrganizationDb db, ICurrentUser currentUser) : ICommandHandler<UpdateApiClientCommand, Guid>
{
    public async Task<Result<Guid>> Handle(UpdateApiClientCommand command, CancellationToken cancellationToken)
    {
        var loaded = await ApiClientRules.LoadManagedAsync(db, currentUser, command.Id, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        if (loaded.Value.Version != command.Version)
        {
            return Error.StaleVersion(command.Version!.Value, loaded.Value.Version);
        }

        var result = loaded.Value.Update(command.Name!, command.Scopes!);
        return result.IsSuccess ? loaded.Value.Id : result.Error;
    }
}

internal sealed class RotateApiClientSecretHandler(IOrganizationDb db, ICurrentUser currentUser, ISecretHasher hasher, TimeProvider clock)
    : ICommandHandler<RotateApiClientSecretCommand, IssuedClientSecret>
{
    public async Task<Result<IssuedClientSecret>> Handle(RotateApiClientSecretCommand command, CancellationToken cancellationToken)
    {
        var loaded = await ApiClientRules.LoadManagedAsync(db, currentUser, command.Id, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var secret = ApiClientRules.NewSecret();
        var result = loaded.Value.RotateSecret(hasher.Hash(secret), clock.GetUtcNow());
        return result.IsSuccess ? new IssuedClientSecret(loaded.Value.Id, secret) : result.Error;
    }
}

internal sealed class RevokeApiClientHandler(IOrganizationDb db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<RevokeApiClientCommand, Guid>
{
    public async Task<Result<Guid>> Handle(RevokeApiClientCommand command, CancellationToken cancellationToken)
    {
        var loaded = await ApiClientRules.LoadManagedAsync(db, currentUser, command.Id, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var result = loaded.Value.Revoke(clock.GetUtcNow());
        return result.IsSuccess ? loaded.Value.Id : result.Error;
    }
}

internal sealed class GetApiClientHandler(IOrganizationDb db, ICurrentUser currentUser) : IQueryHandler<GetApiClientQuery, ApiClientDto>
{
    public async Task<Result<ApiClientDto>> Handle(GetApiClientQuery query, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.Id, cancellationToken);
        return client is null || !currentUser.CanActFor(client.UnitId) ? Error.NotFound("api_client.not_found", "接口客户端不存在") : client.ToDto();
    }
}

internal sealed class ListApiClientsHandler(IOrganizationDb db, ICurrentUser currentUser) : IQueryHandler<ListApiClientsQuery, PagedList<ApiClientDto>>
{
    public async Task<Result<PagedList<ApiClientDto>>> Handle(ListApiClientsQuery query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalize(query.Page, query.PageSize);
        var clients = db.ApiClients.AsNoTracking();
        var unitId = currentUser.IsCountyAdmin ? query.UnitId : currentUser.UnitId;
        if (unitId is { } id)
        {
            clients = clients.Where(c => c.UnitId == id);
        }

        if (query.IncludeRevoked != true)
        {
            clients = clients.Where(c => c.RevokedAt == null);
        }

        var total = await clients.CountAsync(cancellationToken);
        var items = await clients.OrderBy(c => c.Name).ThenBy(c => c.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<ApiClientDto>(items.Select(c => c.ToDto()).ToList(), total, page, pageSize);
    }
}
