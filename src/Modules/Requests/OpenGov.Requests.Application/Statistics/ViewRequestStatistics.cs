using FluentValidation;
using MediatR;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Contracts;

namespace OpenGov.Requests.Application.Statistics;

/// <summary>
/// Tables 三 and 四 as staff see them: the county office for any unit or the whole county, a unit for itself. The same
/// numbers the annual report will print.
/// </summary>
[AuthorizeRoles(Roles.CountyAdmin, Roles.UnitAdmin, Roles.Editor, Roles.Reviewer, Roles.Leader)]
public sealed record ViewRequestStatisticsQuery(int Year, Guid? UnitId) : IQuery<RequestStatistics>;

internal sealed class ViewRequestStatisticsValidator : AbstractValidator<ViewRequestStatisticsQuery>
{
    public ViewRequestStatisticsValidator() =>
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithErrorCode("requests.year_invalid").WithMessage("年份不正确");
}

internal sealed class ViewRequestStatisticsHandler(IMediator mediator, ICurrentUser user) : IQueryHandler<ViewRequestStatisticsQuery, RequestStatistics>
{
    public async Task<Result<RequestStatistics>> Handle(ViewRequestStatisticsQuery query, CancellationToken cancellationToken)
    {
        if (!user.TryListScope(query.UnitId, out var unitId))
        {
            return Error.Forbidden("requests.own_unit_only", "只能查看本单位的统计");
        }

        return await mediator.Send(new GetRequestStatisticsQuery(query.Year, unitId is { } scope ? [scope] : null), cancellationToken);
    }
}
