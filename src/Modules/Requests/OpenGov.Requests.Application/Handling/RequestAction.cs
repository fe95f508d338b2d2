using Microsoft.Extensions.Options;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Requests.Application.Abstractions;
using OpenGov.Requests.Application.Queries;
using OpenGov.Requests.Application.Requests;
using OpenGov.Requests.Domain.Deadlines;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Application.Handling;

/// <summary>A step in handling one request; <c>Version</c> is the version read, so a stale write is a 409.</summary>
public interface IRequestAction : ICommand<Guid>
{
    Guid RequestId { get; }

    int? Version { get; }
}

/// <summary>What every handling step needs.</summary>
internal sealed class RequestActionContext(
    IRequestsDb db, ICurrentUser user, TimeProvider clock, IOptions<RequestsOptions> options, IWorkdays days, DeadlineListCache lists)
{
    public IRequestsDb Db => db;

    public ICurrentUser User => user;

    public TimeProvider Clock => clock;

    public RequestsOptions Options => options.Value;

    public RequestPeriods Periods => options.Value.Periods;

    public IWorkdays Days => days;

    public DeadlineListCache Lists => lists;
}

/// <summary>Loads the request for its handling unit, applies the step, and answers with the request's id.</summary>
internal abstract class RequestActionHandler<TCommand>(RequestActionContext context) : ICommandHandler<TCommand, Guid>
    where TCommand : IRequestAction
{
    protected RequestActionContext Context => context;

    public async Task<Result<Guid>> Handle(TCommand command, CancellationToken cancellationToken)
    {
        var found = await context.Db.HandledAsync(context.User, command.RequestId, command.Version, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var done = await ActAsync(found.Value, command, context.User.Actor(context.Clock), cancellationToken);
        if (!done.IsSuccess)
        {
            return done.Error;
        }

        context.Db.OnCommitted(context.Lists.Invalidate);
        return found.Value.Id;
    }

    protected abstract Task<Result> ActAsync(DisclosureRequest request, TCommand command, Actor by, CancellationToken cancellationToken);
}
