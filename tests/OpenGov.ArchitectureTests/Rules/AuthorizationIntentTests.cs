using OpenGov.ArchitectureTests.Checks;
using OpenGov.ArchitectureTests.Discovery;

namespace OpenGov.ArchitectureTests.Rules;

/// <summary>Rule 8: no command ships before someone decided who may send it.</summary>
public sealed class AuthorizationIntentTests
{
    [Fact]
    public void Every_command_declares_who_may_send_it() =>
        Expect.None(
            AuthorizationIntentCheck.Undeclared(AuthorizationIntentCheck.Commands(SolutionAssemblies.Shipped), AuthorizationIntentCheck.AnySignedInUser),
            "Every command declares its authorization");

    [Fact]
    public void Any_signed_in_user_list_names_only_undeclared_commands() =>
        Expect.None(
            AuthorizationIntentCheck.StaleEntries(AuthorizationIntentCheck.Commands(SolutionAssemblies.Shipped), AuthorizationIntentCheck.AnySignedInUser),
            "The any-signed-in-user list is current");
}
