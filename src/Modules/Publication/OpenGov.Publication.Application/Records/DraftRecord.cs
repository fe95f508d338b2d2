using FluentValidation;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Publication.Application.Records;

/// <summary>A unit's staff drafts a record with its 公开属性 (PUB-1).</summary>
[AuthorizeRoles(Roles.Editor, Roles.UnitAdmin)]
public sealed record DraftRecordCommand(Guid UnitId, RecordInput? Input) : ICommand<Guid>, IUnitScoped, IRetriedOnCollision
{
    public Guid ScopeUnitId => UnitId;
}

internal sealed class DraftRecordValidator : AbstractValidator<DraftRecordCommand>
{
    public DraftRecordValidator(TimeProvider clock) => this.RuleForFlattened(x => x.Input, new RecordInputValidator(clock));
}

internal sealed class DraftRecordHandler(RecordDrafting drafting, ICurrentUser currentUser)
    : ICommandHandler<DraftRecordCommand, Guid>
{
    public async Task<Result<Guid>> Handle(DraftRecordCommand command, CancellationToken cancellationToken)
    {
        if (currentUser.UnitId != command.UnitId)
        {
            return Error.Forbidden("publication.own_unit_only", "只有本单位人员可以起草本单位的政府信息");
        }

        var created = await drafting.CreateAsync(command.UnitId, command.Input!, null, cancellationToken);
        return created.IsSuccess ? created.Value.Id : created.Error;
    }
}
