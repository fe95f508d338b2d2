using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;

namespace OpenGov.Publication.Application.Records;

/// <summary>Sends a draft into review: 先审查后公开 (PUB-5), with the stages configured now.</summary>
[AuthorizeRoles(Roles.Editor, Roles.UnitAdmin)]
public sealed record SubmitRecordCommand(Guid RecordId, int? Version) : ICommand<Guid>;

internal sealed class SubmitRecordHandler(IPublicationDb db, ICurrentUser currentUser, IOptions<PublicationOptions> options, TimeProvider clock)
    : ICommandHandler<SubmitRecordCommand, Guid>
{
    public async Task<Result<Guid>> Handle(SubmitRecordCommand command, CancellationToken cancellationToken)
    {
        var found = await db.VisibleAsync(currentUser, command.RecordId, command.Version, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        if (currentUser.OwnUnitOnly(found.Value) is { } forbidden)
        {
            return forbidden;
        }

        var submitted = found.Value.SubmitForReview(options.Value.ReviewPlan, clock.GetUtcNow());
        return submitted.IsSuccess ? found.Value.Id : submitted.Error;
    }
}
