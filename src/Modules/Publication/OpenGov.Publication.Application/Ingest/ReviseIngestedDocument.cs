using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Application.Records;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Ingest;

/// <summary>
/// The OA system replaces a pushed document that is still a draft (typically after a review returned it), by its own
/// id. With an <c>Idempotency-Key</c> a repeat returns the first result instead of failing because the first attempt
/// already submitted it.
/// </summary>
[AuthorizeRoles(Roles.ApiClient)]
[RequireClientScope("publication.write")]
public sealed record ReviseIngestedDocumentCommand(string ExternalId, RecordInput? Document, bool SubmitForReview, string? IdempotencyKey)
    : ICommand<IngestResultDto>, IIdempotentCommand;

internal sealed class ReviseIngestedDocumentValidator : AbstractValidator<ReviseIngestedDocumentCommand>
{
    public ReviseIngestedDocumentValidator(TimeProvider clock)
    {
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotencyKeys.MaxLength)
            .WithErrorCode("publication.too_long").WithMessage($"Idempotency-Key 不能超过 {IdempotencyKeys.MaxLength} 个字符");
        this.RuleForFlattened(x => x.Document, new RecordInputValidator(clock));
    }
}

internal sealed class ReviseIngestedDocumentHandler(
    IPublicationDb db, RecordDrafting drafting, ICurrentUser currentUser, IOptions<PublicationOptions> options, TimeProvider clock)
    : ICommandHandler<ReviseIngestedDocumentCommand, IngestResultDto>
{
    public async Task<Result<IngestResultDto>> Handle(ReviseIngestedDocumentCommand command, CancellationToken cancellationToken)
    {
        var record = await db.Records.WithChildren()
            .FirstOrDefaultAsync(r => r.SourceClientId == currentUser.ClientId && r.ExternalId == command.ExternalId, cancellationToken);
        if (record is null)
        {
            return Error.NotFound("publication.not_found", $"没有本系统推送的编号为“{command.ExternalId}”的文件");
        }

        var content = await drafting.ContentAsync(record.UnitId, command.Document!, cancellationToken);
        if (!content.IsSuccess)
        {
            return content.Error;
        }

        var now = clock.GetUtcNow();
        var revised = record.Revise(content.Value, now);
        if (!revised.IsSuccess)
        {
            return revised.Error;
        }

        await drafting.ApplyDeadlineAsync(record, cancellationToken);
        if (command.SubmitForReview)
        {
            var submitted = record.SubmitForReview(options.Value.ReviewPlan, now);
            if (!submitted.IsSuccess)
            {
                return submitted.Error;
            }
        }

        return IngestResultDto.Of(record, now);
    }
}
