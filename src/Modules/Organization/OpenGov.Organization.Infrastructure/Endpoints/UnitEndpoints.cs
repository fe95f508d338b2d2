using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Organization.Application.Units;
using OpenGov.Organization.Contracts;

namespace OpenGov.Organization.Infrastructure.Endpoints;

/// <summary>单位信息</summary>
/// <param name="Name">单位全称（必填，不超过 100 字，全县唯一）</param>
/// <param name="ShortName">单位简称（不填则同全称）</param>
/// <param name="Type">单位类型：CountyDepartment 县直部门，Township 乡镇，Subdistrict 街道</param>
/// <param name="ParentId">上级单位编号（必填；县直部门和乡镇一般为县人民政府）</param>
/// <param name="CreditCode">统一社会信用代码（可选，填写时校验 18 位及校验位）</param>
/// <param name="Contact">政府信息公开工作机构联系方式</param>
/// <param name="SortOrder">排序号，越小越靠前</param>
/// <param name="Version">修改时必填：读取时的版本号</param>
public sealed record UnitRequest(
    string? Name, string? ShortName, OrganizationUnitType? Type, Guid? ParentId, string? CreditCode, ContactDto? Contact, int? SortOrder, int? Version);

internal static class UnitEndpoints
{
    public static void MapUnitEndpoints(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/organization/units").WithTags("组织机构：单位").RequireAuthorization();

        units.MapGet("/", async ([AsParameters] ListUnitsQuery query, IMediator mediator, CancellationToken ct) => (await mediator.Send(query, ct)).ToOk())
            .WithSummary("单位列表")
            .WithDescription("分页查询单位。q 按全称或简称模糊查找；type 单位类型；parentId 上级单位；isActive 是否启用；sort 排序（sortOrder、name、createdAt、type，前加 - 为倒序）；page 页码，pageSize 每页条数（最多 200）。")
            .Produces<PagedList<UnitDto>>()
            .ProducesStandardProblems();

        units.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => (await mediator.Send(new GetUnitQuery(id), ct)).ToOk())
            .WithSummary("单位详情")
            .Produces<UnitDto>()
            .ProducesStandardProblems();

        units.MapPost("/", ([FromBody] UnitRequest body, IMediator mediator, CancellationToken ct) => mediator.SendThenGet(
                new CreateUnitCommand(body.Name, body.ShortName, body.Type, body.ParentId, body.CreditCode, body.Contact, body.SortOrder),
                id => new GetUnitQuery(id), ct, u => TypedResults.Created($"/api/organization/units/{u.Id}", u)))
            .WithSummary("新增单位")
            .WithDescription("县级管理员新增县直部门、乡镇或街道。单位全称全县唯一。")
            .Produces<UnitDto>(StatusCodes.Status201Created)
            .ProducesStandardProblems();

        units.MapPut("/{id:guid}", (Guid id, [FromBody] UnitRequest body, IMediator mediator, CancellationToken ct) => mediator.SendThenGet(
                new UpdateUnitCommand(id, body.Name, body.ShortName, body.Type, body.ParentId, body.CreditCode, body.Contact, body.SortOrder, body.Version),
                unitId => new GetUnitQuery(unitId), ct))
            .WithSummary("修改单位")
            .WithDescription("县级管理员可修改任何单位；单位管理员只能修改本单位的名称和联系方式。必须提交读取时的 version，版本不符返回 409。")
            .Produces<UnitDto>()
            .ProducesStandardProblems();

        units.MapPost("/{id:guid}/deactivate", (Guid id, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new SetUnitActiveCommand(id, false), unitId => new GetUnitQuery(unitId), ct))
            .WithSummary("停用单位")
            .WithDescription("单位不能删除，只能停用。有启用中的下级单位时不能停用。")
            .Produces<UnitDto>()
            .ProducesStandardProblems();

        units.MapPost("/{id:guid}/activate", (Guid id, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new SetUnitActiveCommand(id, true), unitId => new GetUnitQuery(unitId), ct))
            .WithSummary("启用单位")
            .Produces<UnitDto>()
            .ProducesStandardProblems();

        app.MapGet("/api/public/organization/units", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetUnitSummariesQuery(null, ActiveOnly: true), ct)).ToOk())
            .WithTags("公开：组织机构")
            .WithSummary("公开的单位名录")
            .WithDescription("所有启用中的单位，供公众选择申请或留言的对象。")
            .Produces<IReadOnlyList<UnitSummary>>()
            .AllowAnonymous();
    }
}
