using FluentValidation;
using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Application.Public;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Records;

/// <summary>Publishes a reviewed 主动公开 record on the chosen channels, with its 发布登记 (PUB-7).</summary>
[AuthorizeRoles(Roles.Editor, Roles.UnitAdmin, Roles.Leader)]
public sealed record PublishRecordCommand(Guid RecordId, IReadOnlyList<PublicationChannel>? Channels, string? ChannelNote, int? Version) : ICommand<Guid>;

internal sealed class PublishRecordValidator : AbstractValidator<PublishRecordCommand>
{
    public PublishRecordValidator()
    {
        RuleFor(x => x.Channels).NotEmpty().WithErrorCode("publication.channels_required").WithMessage("请至少选择一个发布渠道");
        RuleForEach(x => x.Channels).IsInEnum().WithErrorCode("publication.choice_unknown").WithMessage("发布渠道不在可选范围内");
        RuleFor(x => x.ChannelNote).NotEmpty().When(x => x.Channels?.Contains(PublicationChannel.Other) == true || x.Channels?.Contains(PublicationChannel.NewMedia) == true)
            .WithErrorCode("publication.channel_note_required").WithMessage("选择“政务新媒体”或“其他”渠道时，请写明账号或渠道名称");
        RuleFor(x => x.ChannelNote).MaximumLength(500).WithErrorCode("publication.too_long").WithMessage("渠道说明不能超过 500 个字");
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
    }
}

internal sealed class PublishRecordHandler(
    IPublicationDb db, ICurrentUser currentUser, IRichText richText, IOptions<PublicationOptions> options, PublicDocumentCache cache, TimeProvider clock)
    : ICommandHandler<PublishRecordCommand, Guid>
{
    public async Task<Result<Guid>> Handle(PublishRecordCommand command, CancellationToken cancellationToken)
    {
        var found = await db.VisibleAsync(currentUser, command.RecordId, command.Version, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var record = found.Value;
        if (currentUser.OwnUnitOnly(record) is { } forbidden)
        {
            return forbidden;
        }

        var searchText = string.Join('\n', record.Content.Title, record.Content.DocumentNumber, record.IndexNumber, richText.ToPlainText(record.PublicBody));
        var published = record.Publish(
            options.Value.ReviewPlan, [.. command.Channels!.Distinct()], command.ChannelNote?.Trim(), searchText,
            currentUser.UserId, currentUser.DisplayName(), clock.GetUtcNow());
        if (!published.IsSuccess)
        {
            return published.Error;
        }

        db.OnCommitted(() => cache.Evict(record.Id));
        return record.Id;
    }
}
