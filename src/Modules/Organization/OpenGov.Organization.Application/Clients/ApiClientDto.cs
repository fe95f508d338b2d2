using OpenGov.Organization.Domain.Clients;
using Riok.Mapperly.Abstractions;

namespace OpenGov.Organization.Application.Clients;

/// <summary>接口客户端（OA 系统）</summary>
/// <param name="Id">编号</param>
/// <param name="ClientId">客户端标识（client_id），换取令牌时使用</param>
/// <param name="Name">名称，如“县财政局 OA 系统”</param>
/// <param name="UnitId">所属单位编号，客户端只能代表该单位操作</param>
/// <param name="Scopes">允许的权限范围</param>
/// <param name="SecretCreatedAt">当前密钥生成时间</param>
/// <param name="CreatedAt">创建时间</param>
/// <param name="RevokedAt">吊销时间（为空表示有效）</param>
/// <param name="LastUsedAt">最近一次换取令牌时间</param>
/// <param name="Version">版本号</param>
public sealed record ApiClientDto(
    Guid Id, string ClientId, string Name, Guid UnitId, IReadOnlyList<string> Scopes, DateTimeOffset SecretCreatedAt,
    DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, int Version);

/// <summary>新建客户端或更换密钥的结果；密钥只显示这一次，请立即配置到 OA 系统</summary>
/// <param name="Client">客户端</param>
/// <param name="ClientSecret">客户端密钥（client_secret）</param>
public sealed record ApiClientWithSecretDto(ApiClientDto Client, string ClientSecret);

public sealed record IssuedClientSecret(Guid Id, string ClientSecret);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class ApiClientMapper
{
    [MapperIgnoreSource(nameof(ApiClient.SecretHash))]
    [MapperIgnoreSource(nameof(ApiClient.IsRevoked))]
    [MapperIgnoreSource(nameof(ApiClient.DomainEvents))]
    public static partial ApiClientDto ToDto(this ApiClient client);
}
