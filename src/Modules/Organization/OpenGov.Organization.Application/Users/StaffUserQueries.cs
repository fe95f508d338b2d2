using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Application.Abstractions;

namespace OpenGov.Organization.Application.Users;

[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin)]
public sealed record GetStaffUserQuery(Guid Id) : IQuery<StaffUserDto>;

/// <summary>A unit administrator sees only their own unit's staff, whatever unit they ask for.</summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin)]
public sealed record ListStaffUsersQuery(string? Q, Guid? UnitId, string? Role, bool? IsDisabled, int? Page, int? PageSize) : IQuery<PagedList<StaffUserDto>>;

/// <summary>The signed-in staff user.</summary>
public sealed record GetCurrentStaffUserQuery : IQuery<StaffUserDto>;

internal sealed class GetStaffUserHandler(IOrganizationDb db, ICurrentUser currentUser) : IQueryHandler<GetStaffUserQuery, StaffUserDto>
{
    public async Task<Result<StaffUserDto>> Handle(GetStaffUserQuery query, CancellationToken cancellationToken)
    {
        var user = await db.StaffUsers.AsNoTracking().FirstOrDefaultAsync(u => u.Id == query.Id, cancellationToken);
        if (user is null || !currentUser.CanActFor(user.UnitId))
        {
            return Error.NotFound("user.not_found", "账号不存在");
        }

        return user.ToDto();
    }
}

internal sealed class ListStaffUsersHandler(IOrganizationDb db, ICurrentUser currentUser) : IQueryHandler<ListStaffUsersQuery, PagedList<StaffUserDto>>
{
    public async Task<Result<PagedList<StaffUserDto>>> Handle(ListStaffUsersQuery query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalize(query.Page, query.PageSize);
        var users = db.StaffUsers.AsNoTracking();
        var unitId = currentUser.IsCountyAdmin ? query.UnitId : currentUser.UnitId;
        if (unitId is { } id)
        {
            users = users.Where(u => u.UnitId == id);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            users = users.Where(u => u.UserName.Contains(q) || u.DisplayName.Contains(q));
        }

        if (query.IsDisabled is { } disabled)
        {
            users = users.Where(u => u.IsDisabled == disabled);
        }

        if (!string.IsNullOrWhiteSpace(query.Role))
        {
            users = users.Where(u => u.Roles.Contains(query.Role));
        }

        var total = await users.CountAsync(cancellationToken);
        var items = await users.OrderBy(u => u.UserName).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<StaffUserDto>(items.Select(u => u.ToDto()).ToList(), total, page, pageSize);
    }
}

internal sealed class GetCurrentStaffUserHandler(IOrganizationDb db, ICurrentUser currentUser) : IQueryHandler<GetCurrentStaffUserQuery, StaffUserDto>
{
    public async Task<Result<StaffUserDto>> Handle(GetCurrentStaffUserQuery query, CancellationToken cancellationToken)
    {
        var user = await db.StaffUsers.AsNoTracking().FirstOrDefaultAsync(u => u.Id == currentUser.UserId, cancellationToken);
        return user is null ? Error.NotFound("user.not_found", "当前登录的不是工作人员账号") : user.ToDto();
    }
}
