using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Application.Paging;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Publication.Application.Deadlines;
using OpenGov.Publication.Application.Records;

namespace OpenGov.Publication.Infrastructure.Endpoints;

internal static class RecordEndpoints
{
    public static void MapRecordEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/publication").WithTags("政府信息：起草、审查与发布").RequireAuthorization();

        group.MapGet("/records", async ([AsParameters] ListRecordsQuery query, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(query, ct)).ToOk())
            .WithSummary("政府信息列表")
            .WithDescription("本单位的政府信息（县级管理员可按 unitId 查看任一单位或全县），可按状态、公开属性、文件种类、关键词筛选；deadline=Overdue 列出逾期未公开的主动公开信息，deadline=DueSoon 列出即将到期的（按到期日排序）。")
            .Produces<PagedList<RecordSummaryDto>>()
            .ProducesStandardProblems();

        group.MapPost("/units/{unitId:guid}/records", (Guid unitId, [FromBody] RecordInput input, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new DraftRecordCommand(unitId, input), id => new GetRecordQuery(id), ct,
                    r => TypedResults.Created($"/api/publication/records/{r.Id}", r)))
            .WithSummary("起草政府信息")
            .WithDescription("本单位的编辑或单位管理员起草政府信息，并确定公开属性（PUB-1）：此件公开发布、此件删减后公开、此件依申请公开、此件不公开。后三种必须选择条例第十四、十五、十六条的依据并写明理由；删减后公开须提供删减后的正文。系统生成索引号（统一社会信用代码/年份-五位序号），主动公开信息按成文日期起 20 个工作日计算公开时限（关联目录事项的时限更严时从严）。")
            .Produces<RecordDto>(StatusCodes.Status201Created)
            .ProducesStandardProblems();

        var record = group.MapGroup("/records/{id:guid}");

        record.MapGet("/", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetRecordQuery(id), ct)).ToOk())
            .WithSummary("政府信息详情")
            .WithDescription("全文（含删减前的正文）、审查记录和发布登记。只有本单位人员和县级管理员可以查看；其他单位的信息返回 404。")
            .Produces<RecordDto>()
            .ProducesStandardProblems();

        record.MapPut("/", (Guid id, [FromBody] ReviseRecordRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new ReviseRecordCommand(id, body.ToInput(), body.Version), x => new GetRecordQuery(x), ct))
            .WithSummary("修改政府信息")
            .WithDescription("修改草稿（含审查退回和更正中的信息），整体替换各字段；索引号不变。")
            .Produces<RecordDto>()
            .ProducesStandardProblems();

        record.MapPost("/submit", (Guid id, [FromBody] RecordActionRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new SubmitRecordCommand(id, body.Version), x => new GetRecordQuery(x), ct))
            .WithSummary("送审")
            .WithDescription("先审查后公开（PUB-5）：送审后依次经过配置的审查环节（默认保密审查、初审、复审、终审），每个环节由具有相应角色的本单位人员办理。")
            .Produces<RecordDto>()
            .ProducesStandardProblems();

        record.MapPost("/review", (Guid id, [FromBody] ReviewDecisionRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new DecideReviewCommand(id, body.Stage, body.Approve, body.Opinion, body.Version), x => new GetRecordQuery(x), ct))
            .WithSummary("审查")
            .WithDescription("办理当前待办的审查环节，记录审查人、时间、结论和意见（一事一审）。退回须写明意见，信息回到草稿；全部环节通过后可以发布。")
            .Produces<RecordDto>()
            .ProducesStandardProblems();

        record.MapPost("/publish", (Guid id, [FromBody] PublishRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new PublishRecordCommand(id, body.Channels, body.ChannelNote, body.Version), x => new GetRecordQuery(x), ct))
            .WithSummary("发布")
            .WithDescription("发布审查通过的主动公开信息，并做发布登记（PUB-7：内容、单位、审核人、发布人员、时间、渠道）。未完成审查返回 409 并指出缺少的环节；依申请公开和不公开的信息不能发布。")
            .Produces<RecordDto>()
            .ProducesStandardProblems();

        record.MapPost("/correction", (Guid id, [FromBody] ReasonRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new StartCorrectionCommand(id, body.Reason, body.Version), x => new GetRecordQuery(x), ct))
            .WithSummary("发起更正")
            .WithDescription("已发布的信息需要更正时，写明原因后回到草稿修改，重新审查后发布为新版本；原版本保留为历史，更正发布前公众仍看到原版本。")
            .Produces<RecordDto>()
            .ProducesStandardProblems();

        record.MapPost("/withdraw", (Guid id, [FromBody] ReasonRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.SendThenGet(new WithdrawRecordCommand(id, body.Reason, body.Version), x => new GetRecordQuery(x), ct))
            .WithSummary("撤回")
            .WithDescription("单位管理员或领导写明原因撤回已发布的信息：不再公开，记录和发布登记保留，永不删除。")
            .Produces<RecordDto>()
            .ProducesStandardProblems();

        group.MapPost("/deadlines/scan", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ScanOverdueRecordsCommand(), ct)).ToOk())
            .WithSummary("立即检查逾期")
            .WithDescription("县级管理员立即检查主动公开信息是否超过公开时限（系统每小时自动检查）；新逾期的信息会通知公开目录的覆盖统计。返回本次新标记的条数。")
            .Produces<int>()
            .ProducesStandardProblems();
    }
}
