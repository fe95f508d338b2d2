using FluentValidation;
using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Records;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.Ingest;

/// <summary>
/// An OA system pushes a document with its own id and its 公开属性 (PUB-1, PUB-4). A repeat with the same id and
/// content returns the first result; the same id with other content is a 409.
/// </summary>
[AuthorizeRoles(Roles.ApiClient)]
[RequireClientScope("publication.write")]
public sealed record IngestDocumentCommand(string? ExternalId, Guid? UnitId, RecordInput? Document, bool SubmitForReview)
    : ICommand<IngestResultDto>, IUnitScoped, IIdempotentCommand, IRetriedOnCollision
{
    public Guid ScopeUnitId => UnitId ?? Guid.Empty;

    public string? IdempotencyKey => ExternalId;
}

/// <summary>推送结果（重复推送时原样返回第一次的结果）</summary>
/// <param name="Id">OpenGov 中的编号</param>
/// <param name="ExternalId">OA 系统中的编号</param>
/// <param name="IndexNumber">索引号</param>
/// <param name="Status">推送后的状态：Draft 草稿，InReview 已送审</param>
/// <param name="DueOn">公开时限（主动公开信息的最迟公开日期）</param>
/// <param name="DeadlineBasis">公开时限的计算依据</param>
/// <param name="ReceivedAt">接收时间</param>
public sealed record IngestResultDto(
    Guid Id, string ExternalId, string IndexNumber, RecordStatus Status, DateOnly? DueOn, string? DeadlineBasis, DateTimeOffset ReceivedAt)
{
    internal static IngestResultDto Of(GovernmentRecord record, DateTimeOffset receivedAt) =>
        new(record.Id, record.ExternalId!, record.IndexNumber, record.Status, record.DueOn, record.DeadlineBasis, receivedAt);
}

internal sealed class IngestDocumentValidator : AbstractValidator<IngestDocumentCommand>
{
    public IngestDocumentValidator(TimeProvider clock)
    {
        RuleFor(x => x.ExternalId).NotEmpty().WithErrorCode("publication.external_id_required").WithMessage("请提供 OA 系统中的文件编号 externalId")
            .MaximumLength(IdempotencyKeys.MaxLength).WithErrorCode("publication.too_long").WithMessage($"externalId 不能超过 {IdempotencyKeys.MaxLength} 个字符");
        RuleFor(x => x.UnitId).NotEmpty().WithErrorCode("publication.unit_required").WithMessage("请指明发布单位 unitId");
        this.RuleForFlattened(x => x.Document, new RecordInputValidator(clock));
    }
}

internal sealed class IngestDocumentHandler(RecordDrafting drafting, IOptions<PublicationOptions> options, TimeProvider clock)
    : ICommandHandler<IngestDocumentCommand, IngestResultDto>
{
    public async Task<Result<IngestResultDto>> Handle(IngestDocumentCommand command, CancellationToken cancellationToken)
    {
        var created = await drafting.CreateAsync(command.UnitId!.Value, command.Document!, command.ExternalId!.Trim(), cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error;
        }

        var record = created.Value;
        if (command.SubmitForReview)
        {
            var submitted = record.SubmitForReview(options.Value.ReviewPlan, clock.GetUtcNow());
            if (!submitted.IsSuccess)
            {
                return submitted.Error;
            }
        }

        return IngestResultDto.Of(record, record.CreatedAt);
    }
}
