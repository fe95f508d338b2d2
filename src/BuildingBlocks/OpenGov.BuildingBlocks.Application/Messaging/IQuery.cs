using MediatR;
using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.BuildingBlocks.Application.Messaging;

public interface IQuery<TResult> : IRequest<Result<TResult>>;

public interface IQueryHandler<in TQuery, TResult> : IRequestHandler<TQuery, Result<TResult>>
    where TQuery : IQuery<TResult>;
