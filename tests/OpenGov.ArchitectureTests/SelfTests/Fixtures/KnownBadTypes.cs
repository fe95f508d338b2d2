using FluentValidation;
using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.ArchitectureTests.SelfTests.Fixtures;

// Types that break the type rules on purpose. They live in this test assembly, which discovery never
// treats as a module, so only the self-tests see them.

public sealed record LeakyCommand : ICommand;

public sealed record WellDeclaredCommand : ICommand;

[AuthorizeRoles(Roles.Editor)]
public sealed record DeclaredRolesCommand : ICommand;

public sealed record UnitScopedCommand(Guid ScopeUnitId) : ICommand, IUnitScoped;

public sealed record RenameMe : ICommand;

public sealed record ListThings : IQuery<int>;

public sealed record SomethingHappened : IntegrationEvent;

public sealed record MisplacedIntegrationEvent : IntegrationEvent;

public sealed class PublicLeakyCommandHandler : ICommandHandler<LeakyCommand>
{
    public Task<Result> Handle(LeakyCommand request, CancellationToken cancellationToken) => Task.FromResult(Result.Success());
}

internal class UnsealedLeakyCommandValidator : AbstractValidator<LeakyCommand>;

internal sealed class ProperLeakyCommandValidator : AbstractValidator<LeakyCommand>;

public static class LeakyMapper
{
    public static int Map(int value) => value;
}
