using FluentValidation;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Application.Records;

namespace OpenGov.Publication.Application.AnnualReviews;

/// <summary>Closes the round once every withheld record has its decision.</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Leader)]
public sealed record CompleteAnnualReviewCommand(Guid UnitId, Guid ReviewId, int? Version) : ICommand<Guid>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

internal sealed class CompleteAnnualReviewValidator : AbstractValidator<CompleteAnnualReviewCommand>
{
    public CompleteAnnualReviewValidator() =>
        RuleFor(x => x.Version).NotNull().WithErrorCode("version.required").WithMessage("请提交读取时的版本号 version");
}

internal sealed class CompleteAnnualReviewHandler(IPublicationDb db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CompleteAnnualReviewCommand, Guid>
{
    public async Task<Result<Guid>> Handle(CompleteAnnualReviewCommand command, CancellationToken cancellationToken)
    {
        if (currentUser.OwnUnitOnly(command.UnitId) is { } forbidden)
        {
            return forbidden;
        }

        var found = await db.ReviewAsync(command.UnitId, command.ReviewId, command.Version, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var completed = found.Value.Complete(currentUser.DisplayName(), clock.GetUtcNow());
        return completed.IsSuccess ? found.Value.Id : completed.Error;
    }
}
