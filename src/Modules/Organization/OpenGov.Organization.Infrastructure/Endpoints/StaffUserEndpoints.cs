using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Organization.Application.Users;

namespace OpenGov.Organization.Infrastructure.Endpoints;

/// <summary>新建工作人员账号</summary>
/// <param name="UserName">登录名（字母、数字、_ . - @，全县唯一）</param>
/// <param name="DisplayName">姓名</param>
/// <param name="UnitId">所属单位编号</param>
/// <param name="Roles">角色：CountyAdmin 县级管理员，UnitAdmin 单位管理员，Editor 编辑，Reviewer 审核人，Leader 领导</param>
/// <param name="Password">初始密码（可选；不填则系统生成并只返回一次）。至少 8 位，须含字母和数字</param>
public sealed record CreateStaffUserRequest(string? UserName, string? DisplayName, Guid? UnitId, IReadOnlyList<string>? Roles, string? Password);

/// <summary>修改工作人员账号</summary>
/// <param name="DisplayName">姓名</param>
/// <param name="UnitId">所属单位编号</param>
/// <param name="Roles">角色</param>
/// <param name="Version">读取时的版本号</param>
public sealed record UpdateStaffUserRequest(string? DisplayName, Guid? UnitId, IReadOnlyList<string>? Roles, int? Version);

/// <summary>重置密码</summary>
/// <param name="Password">新密码（可选；不填则系统生成并只返回一次）</param>
public sealed record ResetPasswordRequest(string? Password);

/// <summary>修改本人密码</summary>
/// <param name="CurrentPassword">当前密码</param>
/// <param name="NewPassword">新密码，至少 8 位，须含字母和数字</param>
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

internal static class StaffUserEndpoints
{
    public static void MapStaffUserEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/organization/users").WithTags("组织机构：工作人员").RequireAuthorization();

        users.MapGet("/", async ([AsParameters] ListStaffUsersQuery query, IMediator mediator, CancellationToken ct) => (await mediator.Send(query, ct)).ToOk())
            .WithSummary("工作人员列表")
            .WithDescription("县级管理员可查看全县（unitId 筛选单位）；单位管理员只看到本单位。q 按登录名或姓名查找；role 按角色筛选；isDisabled 是否停用。")
            .Produces<PagedList<StaffUserDto>>()
            .ProducesStandardProblems();

        users.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => (await mediator.Send(new GetStaffUserQuery(id), ct)).ToOk())
            .WithSummary("工作人员详情")
            .Produces<StaffUserDto>()
            .ProducesStandardProblems();

        users.MapPost("/", async ([FromBody] CreateStaffUserRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new CreateStaffUserCommand(body.UserName, body.DisplayName, body.UnitId, body.Roles, body.Password), ct);
                return created.IsSuccess ? await WithPassword(created.Value, mediator, StatusCodes.Status201Created, ct) : created.Error.ToProblem();
            })
            .WithSummary("新建工作人员账号")
            .WithDescription("单位管理员只能为本单位建账号，且不能授予县级管理员角色。未指定密码时返回系统生成的初始密码（只显示一次），首次登录后须修改。")
            .Produces<StaffUserWithPasswordDto>(StatusCodes.Status201Created)
            .ProducesStandardProblems();

        users.MapPut("/{id:guid}", (Guid id, [FromBody] UpdateStaffUserRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new UpdateStaffUserCommand(id, body.DisplayName, body.UnitId, body.Roles, body.Version), userId => new GetStaffUserQuery(userId), ct))
            .WithSummary("修改工作人员账号")
            .WithDescription("修改姓名、所属单位和角色。必须提交读取时的 version，版本不符返回 409。")
            .Produces<StaffUserDto>()
            .ProducesStandardProblems();

        users.MapPost("/{id:guid}/disable", (Guid id, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new SetStaffUserDisabledCommand(id, true), userId => new GetStaffUserQuery(userId), ct))
            .WithSummary("停用账号")
            .Produces<StaffUserDto>()
            .ProducesStandardProblems();

        users.MapPost("/{id:guid}/enable", (Guid id, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new SetStaffUserDisabledCommand(id, false), userId => new GetStaffUserQuery(userId), ct))
            .WithSummary("启用账号")
            .Produces<StaffUserDto>()
            .ProducesStandardProblems();

        users.MapPost("/{id:guid}/unlock", (Guid id, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new UnlockStaffUserCommand(id), userId => new GetStaffUserQuery(userId), ct))
            .WithSummary("解除锁定")
            .WithDescription("解除因连续输错密码造成的锁定。")
            .Produces<StaffUserDto>()
            .ProducesStandardProblems();

        users.MapPost("/{id:guid}/reset-password", async (Guid id, [FromBody] ResetPasswordRequest? body, IMediator mediator, CancellationToken ct) =>
            {
                var reset = await mediator.Send(new ResetStaffUserPasswordCommand(id, body?.Password), ct);
                return reset.IsSuccess ? await WithPassword(reset.Value, mediator, StatusCodes.Status200OK, ct) : reset.Error.ToProblem();
            })
            .WithSummary("重置密码")
            .WithDescription("管理员重置密码并解除锁定；未指定密码时返回系统生成的密码（只显示一次）。用户下次登录后须修改。")
            .Produces<StaffUserWithPasswordDto>()
            .ProducesStandardProblems();

        var me = app.MapGroup("/api/organization/me").WithTags("组织机构：工作人员").RequireAuthorization();
        me.MapGet("/", async (IMediator mediator, CancellationToken ct) => (await mediator.Send(new GetCurrentStaffUserQuery(), ct)).ToOk())
            .WithSummary("当前登录的工作人员")
            .Produces<StaffUserDto>()
            .ProducesStandardProblems();
        me.MapPost("/password", async ([FromBody] ChangePasswordRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ChangeOwnPasswordCommand(body.CurrentPassword, body.NewPassword), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithSummary("修改本人密码")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesStandardProblems();
    }

    private static async Task<IResult> WithPassword(CreatedStaffUser created, IMediator mediator, int status, CancellationToken ct)
    {
        var user = await mediator.Send(new GetStaffUserQuery(created.Id), ct);
        return user.ToHttp(u =>
        {
            var body = new StaffUserWithPasswordDto(u, created.InitialPassword);
            return status == StatusCodes.Status201Created ? TypedResults.Created($"/api/organization/users/{u.Id}", body) : TypedResults.Ok(body);
        });
    }
}
