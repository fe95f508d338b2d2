using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.BuildingBlocks.Infrastructure.Web;
using OpenGov.Requests.Application.Handling;
using OpenGov.Requests.Application.Outcomes;
using OpenGov.Requests.Application.Queries;
using OpenGov.Requests.Application.Requests;

namespace OpenGov.Requests.Infrastructure.Endpoints;

/// <summary>Every statutory step of handling, each a command answered with the request as committed.</summary>
internal static class RequestHandlingEndpoints
{
    public static void MapRequestHandlingEndpoints(this IEndpointRouteBuilder app)
    {
        var request = app.MapGroup("/api/requests/{id:guid}").RequireAuthorization().WithTags(RequestEndpoints.Tag);

        Step(request, "/acknowledge", "登记受理（网上申请）", "受理网上提交的申请。信函、当面等由工作人员登记的申请登记即受理。",
            (Guid id, VersionBody b) => new AcknowledgeRequestCommand(id, b.Version));
        Step(request, "/correction", "告知补正", "REQ-4：收到申请之日起 7 个工作日内一次性告知需要补正的全部事项和合理的补正期限；超过 7 个工作日的照实登记并标注。补正期间答复期限不计算，收到补正后重新起算。",
            (Guid id, CorrectionBody b) => new RequestCorrectionCommand(id, b.NoticeOn, b.Points, b.DueOn, b.Version));
        Step(request, "/correction/received", "收到补正", "答复期限自收到补正后的申请之日起重新计算 20 个工作日。",
            (Guid id, CorrectionReceivedBody b) => new ReceiveCorrectionCommand(id, b.ReceivedOn, b.Note, b.Version));
        Step(request, "/consultations", "征求第三方或共同制作机关意见", "REQ-8/9：书面征求意见，被征求方自收到之日起 15 个工作日内答复；征求意见的时间不计入答复期限（REQ-10，默认自发函次一工作日起至收到答复之日，期满未答复则至期满之日）。",
            (Guid id, ConsultationBody b) => new StartConsultationCommand(id, b.Party, b.PartyName, b.SentOn, b.Version));
        Step(request, "/consultations/{number:int}/delivered", "征求意见函送达", "登记被征求方收到征求意见函的日期，其 15 个工作日自该日起算。",
            (Guid id, int number, ConsultationDeliveryBody b) => new RecordConsultationDeliveryCommand(id, number, b.DeliveredOn, b.Version));
        Step(request, "/consultations/{number:int}/answer", "登记征求意见结果", "同意、不同意（附理由），或期满后登记逾期未答复（第三方由本机关依法决定，共同制作机关视为同意）。",
            (Guid id, int number, ConsultationAnswerBody b) => new RecordConsultationAnswerCommand(id, number, b.Opinion, b.RepliedOn, b.Note, b.Version));
        Step(request, "/extension", "延期答复", "REQ-7：经政府信息公开工作机构负责人同意并告知申请人，延长不超过 20 个工作日，只能一次，须在原期限届满前批准。单位管理员或领导办理。",
            (Guid id, ExtensionBody b) => new ExtendReplyCommand(id, b.WorkingDays, b.Reason, b.ApprovedBy, b.ApprovedOn, b.Version));
        Step(request, "/fee", "通知缴纳信息处理费", "REQ-15：按件（同一申请人当月向本机关提出的第几件）或按量（页数）计收，二者只能选一，金额按国家标准自动计算。缴费期间答复期限默认不计算（可设置）。",
            (Guid id, FeeNoticeBody b) => new NotifyFeeCommand(id, b.Mode, b.Pages, b.NoticeOn, b.Version));
        Step(request, "/fee/paid", "登记缴费", "申请人已缴纳信息处理费，答复期限恢复计算。",
            (Guid id, FeePaidBody b) => new RecordFeePaidCommand(id, b.PaidOn, b.Version));
        Step(request, "/decision", "作出答复决定", "选择一种办理结果（年度报告表三的 21 行之一：予以公开、部分公开、8 种不予公开、3 种无法提供、5 种不予处理、其他）；按结果生成告知书（引用条例条款，告知复议、诉讼权利），发出前可修改或重新决定。",
            (Guid id, DecisionBody b) => new DecideRequestCommand(id, b.Outcome, b.DecidedOn, b.Details, b.Version));
        Step(request, "/reply-letter", "修改告知书", "发出前修改告知书标题和正文。",
            (Guid id, LetterBody b) => new EditReplyLetterCommand(id, b.Title, b.Body, b.Version), put: true);
        Step(request, "/reply", "答复（办结）", "发出告知书，申请在答复日期办结。答复日期不能早于收到申请之日或决定日期。",
            (Guid id, ReplyBody b) => new ReplyRequestCommand(id, b.RepliedOn, b.Version));
        Step(request, "/delivery", "登记送达", "告知书送达申请人的日期和方式。",
            (Guid id, DeliveryBody b) => new RecordDeliveryCommand(id, b.DeliveredOn, b.Method, b.Version));
        Step(request, "/archive", "归档", "REQ-16：答复、送达或终止后归档。",
            (Guid id, VersionBody b) => new ArchiveRequestCommand(id, b.Version));
        Step(request, "/close", "终止办理", "逾期不补正（补正期限届满后）、逾期不缴费（缴费期限届满后）视为放弃，或申请人撤回申请；分别计入年度报告“其他处理”的 1、2、3 行。",
            (Guid id, CloseBody b) => new CloseRequestCommand(id, b.Reason, b.ClosedOn, b.Note, b.Version));
        Step(request, "/release-for-publication", "依申请转主动公开", "已答复且予以公开或部分公开、涉及公众利益的信息，转入本单位政府信息的起草、审查和发布流程（生成草稿）。单位管理员或领导办理。",
            (Guid id, ReleaseBody b) => new ReleaseForPublicationCommand(id, b.Note, b.Version));
    }

    private static void Step<TBody>(RouteGroupBuilder group, string pattern, string summary, string description,
        Func<Guid, TBody, IRequestAction> command, bool put = false)
        where TBody : class =>
        Describe(put
            ? group.MapPut(pattern, (Guid id, [FromBody] TBody? body, IMediator mediator, CancellationToken ct) => Send(mediator, body, b => command(id, b), ct))
            : group.MapPost(pattern, (Guid id, [FromBody] TBody? body, IMediator mediator, CancellationToken ct) => Send(mediator, body, b => command(id, b), ct)),
            summary, description);

    private static void Step<TBody>(RouteGroupBuilder group, string pattern, string summary, string description,
        Func<Guid, int, TBody, IRequestAction> command)
        where TBody : class =>
        Describe(group.MapPost(pattern, (Guid id, int number, [FromBody] TBody? body, IMediator mediator, CancellationToken ct) =>
            Send(mediator, body, b => command(id, number, b), ct)), summary, description);

    // The body is optional to the binder so that a missing one is this module's 400, not the framework's.
    private static Task<IResult> Send<TBody>(IMediator mediator, TBody? body, Func<TBody, IRequestAction> command, CancellationToken ct)
        where TBody : class =>
        body is null
            ? Task.FromResult(Error.Field("requests.body_required", "body", "请求体不能为空，请以 JSON 提交（至少包括 version）").ToProblem())
            : mediator.SendThenGet(command(body), id => new GetRequestQuery(id), ct);

    private static void Describe(RouteHandlerBuilder builder, string summary, string description) => builder
        .WithSummary(summary)
        .WithDescription(description + " 提交读取时的 version；数据已被他人修改返回 409，当前状态不允许该操作返回 409，其他单位返回 403。")
        .Produces<RequestDto>()
        .ProducesStandardProblems();
}
