using MediatR;
using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.BuildingBlocks.Application.Messaging;

/// <summary>Marks a write. Every write is a command; the unit of work saves and audits it.</summary>
public interface IBaseCommand;

public interface ICommand : IRequest<Result>, IBaseCommand;

public interface ICommand<TResult> : IRequest<Result<TResult>>, IBaseCommand;

public interface ICommandHandler<in TCommand> : IRequestHandler<TCommand, Result>
    where TCommand : ICommand;

public interface ICommandHandler<in TCommand, TResult> : IRequestHandler<TCommand, Result<TResult>>
    where TCommand : ICommand<TResult>;

/// <summary>
/// A command that takes a shared counter or a unique key, where two simultaneous callers can collide on save.
/// The unit of work runs it again (up to three times) instead of answering 409; its handler must load
/// everything it needs, so a second run sees the first writer's changes.
/// </summary>
public interface IRetriedOnCollision;
