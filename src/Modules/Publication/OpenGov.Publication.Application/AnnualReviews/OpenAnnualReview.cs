using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpenGov.BuildingBlocks.Application;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Publication.Application.Abstractions;
using OpenGov.Publication.Application.Records;
using OpenGov.Publication.Domain.AnnualReviews;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application.AnnualReviews;

/// <summary>Opens the unit's PUB-10 review of what it withheld, for one year; one round per unit and year.</summary>
[AuthorizeRoles(Roles.UnitAdmin, Roles.Leader)]
public sealed record OpenAnnualReviewCommand(Guid UnitId, int? Year) : ICommand<Guid>, IUnitScoped
{
    public Guid ScopeUnitId => UnitId;
}

internal sealed class OpenAnnualReviewValidator : AbstractValidator<OpenAnnualReviewCommand>
{
    public OpenAnnualReviewValidator() =>
        RuleFor(x => x.Year).NotNull().WithErrorCode("publication.year_required").WithMessage("请填写审查年度")
            .InclusiveBetween(2008, 9999).WithErrorCode("publication.year_invalid").WithMessage("审查年度无效（政府信息公开条例自 2008 年起施行）");
}

internal sealed class OpenAnnualReviewHandler(IPublicationDb db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<OpenAnnualReviewCommand, Guid>
{
    public async Task<Result<Guid>> Handle(OpenAnnualReviewCommand command, CancellationToken cancellationToken)
    {
        if (currentUser.OwnUnitOnly(command.UnitId) is { } forbidden)
        {
            return forbidden;
        }

        var year = command.Year!.Value;
        if (await db.AnnualReviews.AnyAsync(r => r.UnitId == command.UnitId && r.Year == year, cancellationToken))
        {
            return Error.Conflict("publication.annual_review_exists", $"本单位 {year} 年度的审查已经开启，每年只有一轮");
        }

        // The database narrows the rows; AnnualReview.Covers is the rule and checks them again.
        var endOfYear = new DateOnly(year, 12, 31);
        var candidates = await db.Records.AsNoTracking()
            .Where(r => r.UnitId == command.UnitId && r.Status != RecordStatus.Withdrawn && r.Content.FormedOn <= endOfYear
                && (r.Content.Attribute == DisclosureAttribute.OnRequestOnly || r.Content.Attribute == DisclosureAttribute.NotDisclosed))
            .ToListAsync(cancellationToken);
        var opened = AnnualReview.Open(command.UnitId, year, candidates, clock.Today(), currentUser.DisplayName(), clock.GetUtcNow());
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }

        db.AnnualReviews.Add(opened.Value);
        return opened.Value.Id;
    }
}
