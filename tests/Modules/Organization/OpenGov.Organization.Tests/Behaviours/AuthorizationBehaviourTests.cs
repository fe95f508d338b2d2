using MediatR;
using OpenGov.BuildingBlocks.Application.Behaviours;
using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Application.Auth;
using OpenGov.Organization.Application.Units;
using OpenGov.Organization.Application.Users;
using OpenGov.Organization.Contracts;

namespace OpenGov.Organization.Tests.Behaviours;

public sealed class AuthorizationBehaviourTests
{
    private static readonly Guid OwnUnit = Guid.NewGuid();
    private static readonly Guid OtherUnit = Guid.NewGuid();

    private static readonly CreateUnitCommand Create =
        new("县财政局", null, OrganizationUnitType.CountyDepartment, Guid.NewGuid(), null, null, null);

    private static UpdateUnitCommand UpdateOf(Guid unitId) =>
        new(unitId, "县财政局", null, OrganizationUnitType.CountyDepartment, Guid.NewGuid(), null, null, null, 1);

    private static async Task<(TResponse Response, int NextCalls)> Run<TRequest, TResponse>(ICurrentUser user, TRequest request, TResponse handled)
    {
        var next = new NextStep<TResponse>(handled);
        var response = await new AuthorizationBehaviour<TRequest, TResponse>(user).Handle(request, CancellationToken.None, next.Delegate);
        return (response, next.Calls);
    }

    [Fact]
    public async Task Given_anonymous_caller_When_sending_a_role_protected_command_Then_auth_required()
    {
        var (result, calls) = await Run(FakeCurrentUser.Anonymous, Create, Result<Guid>.Success(Guid.NewGuid()));

        AssertRefused(result, calls, "auth.required", ErrorKind.Unauthorized);
    }

    [Fact]
    public async Task Given_anonymous_caller_When_sending_a_command_without_roles_Then_auth_required()
    {
        var (result, calls) = await Run(FakeCurrentUser.Anonymous, new ChangeOwnPasswordCommand("old", "new"), Result<Guid>.Success(Guid.NewGuid()));

        AssertRefused(result, calls, "auth.required", ErrorKind.Unauthorized);
    }

    [Fact]
    public async Task Given_any_signed_in_caller_When_sending_a_command_without_roles_Then_passes()
    {
        var (result, calls) = await Run(FakeCurrentUser.Staff(OwnUnit, Roles.Editor), new ChangeOwnPasswordCommand("old", "new"), Result<Guid>.Success(OwnUnit));

        Assert.Equal(1, calls);
        Assert.True(result.IsSuccess);
    }

    [Theory]
    [InlineData(Roles.UnitAdmin)]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.ApiClient)]
    public async Task Given_wrong_role_Then_role_required(string role)
    {
        var (result, calls) = await Run(FakeCurrentUser.Staff(OwnUnit, role), Create, Result<Guid>.Success(Guid.NewGuid()));

        AssertRefused(result, calls, "auth.role_required", ErrorKind.Forbidden);
        Assert.Contains("县级管理员", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_no_role_at_all_Then_role_required()
    {
        var (result, calls) = await Run(FakeCurrentUser.Staff(OwnUnit), Create, Result<Guid>.Success(Guid.NewGuid()));

        AssertRefused(result, calls, "auth.role_required", ErrorKind.Forbidden);
    }

    [Fact]
    public async Task Given_one_of_the_roles_Then_passes()
    {
        var (result, calls) = await Run(FakeCurrentUser.Staff(OwnUnit, Roles.Editor, Roles.CountyAdmin), Create, Result<Guid>.Success(OwnUnit));

        Assert.Equal(1, calls);
        Assert.Equal(OwnUnit, result.Value);
    }

    [Fact]
    public async Task Given_unit_admin_When_acting_for_another_unit_Then_unit_scope()
    {
        var (result, calls) = await Run(FakeCurrentUser.Staff(OwnUnit, Roles.UnitAdmin), UpdateOf(OtherUnit), Result<Guid>.Success(OtherUnit));

        AssertRefused(result, calls, "auth.unit_scope", ErrorKind.Forbidden);
    }

    [Fact]
    public async Task Given_unit_admin_When_acting_for_own_unit_Then_passes()
    {
        var (result, calls) = await Run(FakeCurrentUser.Staff(OwnUnit, Roles.UnitAdmin), UpdateOf(OwnUnit), Result<Guid>.Success(OwnUnit));

        Assert.Equal(1, calls);
        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task Given_county_admin_When_acting_for_any_unit_Then_passes()
    {
        var (result, calls) = await Run(FakeCurrentUser.Staff(OwnUnit, Roles.CountyAdmin), UpdateOf(OtherUnit), Result<Guid>.Success(OtherUnit));

        Assert.Equal(1, calls);
        Assert.Equal(OtherUnit, result.Value);
    }

    [Fact]
    public async Task Given_role_check_fails_Then_it_is_reported_before_the_unit_scope()
    {
        var (result, calls) = await Run(FakeCurrentUser.Staff(OwnUnit, Roles.Editor), UpdateOf(OtherUnit), Result<Guid>.Success(OtherUnit));

        AssertRefused(result, calls, "auth.role_required", ErrorKind.Forbidden);
    }

    [Fact]
    public async Task Given_anonymous_request_Then_passes_without_a_user()
    {
        var token = new TokenResponse("jwt", "Bearer", 3600, null);

        var (result, calls) = await Run(FakeCurrentUser.Anonymous, new PasswordGrantCommand("zhangsan", "secret"), Result<TokenResponse>.Success(token));

        Assert.Equal(1, calls);
        Assert.Same(token, result.Value);
    }

    [Fact]
    public async Task Given_a_response_that_is_not_a_Result_Then_refusal_throws()
    {
        var behaviour = new AuthorizationBehaviour<PlainRequest, string>(FakeCurrentUser.Anonymous);
        var next = new NextStep<string>("handled");

        var refused = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => behaviour.Handle(new PlainRequest(), CancellationToken.None, next.Delegate));

        Assert.Equal("请先登录", refused.Message);
        Assert.Equal(0, next.Calls);
    }

    private static void AssertRefused(Result result, int nextCalls, string code, ErrorKind kind)
    {
        Assert.Equal(0, nextCalls);
        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error.Code);
        Assert.Equal(kind, result.Error.Kind);
    }

    public sealed record PlainRequest : IRequest<string>;
}
