using System.Net;
using OpenGov.BuildingBlocks.Infrastructure.Outbox;
using OpenGov.Publication.Application.Records;
using OpenGov.Publication.Domain.Records;
using OpenGov.Publication.Infrastructure.Persistence;
using OpenGov.Requests.Contracts;

namespace OpenGov.Publication.Infrastructure.Consumers;

/// <summary>
/// 依申请转主动: information released on request and of public interest becomes a draft 此件公开发布 record of the unit,
/// which then passes the unit's own review and publication like any other (谁公开谁审查).
/// </summary>
internal sealed class RequestReleasedConsumer(PublicationDbContext db, RecordDrafting drafting, TimeProvider clock)
    : IntegrationEventHandler<RequestReleasedForPublicationIntegrationEvent, PublicationDbContext>(db, clock)
{
    private const int TitleRoom = 250;

    protected override async Task HandleAsync(RequestReleasedForPublicationIntegrationEvent e, CancellationToken cancellationToken)
    {
        var subject = e.InformationDescription.Length > TitleRoom ? e.InformationDescription[..TitleRoom] + "…" : e.InformationDescription;
        var body = $"<p>{WebUtility.HtmlEncode(e.InformationDescription)}</p>" +
                   $"<p>（依申请公开转主动公开：申请编号 {WebUtility.HtmlEncode(e.TrackingNumber)}，{e.RepliedOn:yyyy年M月d日}答复。{WebUtility.HtmlEncode(e.Note)}）</p>";
        var drafted = await drafting.CreateAsync(e.UnitId, new RecordInput(
            $"{subject}（依申请转主动公开）", null, e.RepliedOn, null, null, DocumentKind.Ordinary, DisclosureAttribute.PublishInFull,
            null, null, body, null, null, null, null), null, cancellationToken);
        if (!drafted.IsSuccess)
        {
            // A draft the rules refuse is a defect in the event, not a transient failure: surface it in the outbox admin.
            throw new InvalidOperationException($"依申请转主动公开的草稿未能生成：{drafted.Error.Message}");
        }
    }
}
