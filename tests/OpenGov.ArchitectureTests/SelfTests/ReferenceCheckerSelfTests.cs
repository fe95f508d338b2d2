using System.Xml.Linq;
using OpenGov.ArchitectureTests.Checks;
using OpenGov.ArchitectureTests.Discovery;

namespace OpenGov.ArchitectureTests.SelfTests;

/// <summary>
/// The reference checkers run on inputs known to be bad and must report them: a rule whose namespace
/// list has a typo, or whose check looks at the wrong thing, would otherwise pass for ever.
/// </summary>
public sealed class ReferenceCheckerSelfTests
{
    private static readonly string Module = SolutionAssemblies.CompleteModule;

    private static System.Reflection.Assembly Infrastructure => SolutionAssemblies.Get(Module, Layer.Infrastructure).Assembly;

    [Fact]
    public void Domain_rule_reports_what_an_infrastructure_assembly_references()
    {
        var violations = ReferenceChecks.InAssemblyReferences(Infrastructure, ReferenceRules.Domain(Module));

        Assert.Contains(violations, v => v.Contains("references Microsoft.EntityFrameworkCore (uses Microsoft.EntityFrameworkCore."));
        Assert.Contains(violations, v => v.Contains($"references {AssemblyNames.Of(Module, Layer.Application)}"));
    }

    [Fact]
    public void Domain_rule_names_infrastructure_types_that_use_ef_core() =>
        Assert.Contains(
            ReferenceChecks.InTypes(Infrastructure, ReferenceRules.Domain(Module)),
            v => v.StartsWith($"{AssemblyNames.Prefix}{Module}.Infrastructure.Persistence.{Module}DbContext depends on", StringComparison.Ordinal)
                && v.Contains("Microsoft.EntityFrameworkCore"));

    [Fact]
    public void Domain_rule_reports_what_an_infrastructure_project_declares() =>
        Assert.Contains(
            ReferenceChecks.InProjectFile(Repository.ProjectFile(Module, Layer.Infrastructure), ReferenceRules.Domain(Module)),
            v => v.EndsWith("declares a reference to OpenGov.BuildingBlocks.Infrastructure", StringComparison.Ordinal));

    [Fact]
    public void Domain_rule_allows_the_bcl_and_building_blocks_domain_only() =>
        Assert.Equal(
            Sorted("Microsoft.Extensions.Logging.Abstractions", "OpenGov.BuildingBlocks.Application", "OpenGov.Catalogue.Contracts"),
            ReferenceRules.Domain(Module).ForbiddenAmong(
                ["System.Runtime", "System.Collections", "OpenGov.BuildingBlocks.Domain", "OpenGov.BuildingBlocks.Application", "OpenGov.Catalogue.Contracts", "Microsoft.Extensions.Logging.Abstractions"]));

    [Fact]
    public void Application_rule_allows_ef_core_and_reports_providers_aspnet_and_infrastructure() =>
        Assert.Equal(
            Sorted("Microsoft.AspNetCore.App", "Microsoft.EntityFrameworkCore.Relational", "Microsoft.EntityFrameworkCore.Sqlite", "Npgsql.EntityFrameworkCore.PostgreSQL", "OpenGov.BuildingBlocks.Infrastructure", AssemblyNames.Of(Module, Layer.Infrastructure)),
            ReferenceRules.Application("Application").ForbiddenAmong(
            [
                "Microsoft.EntityFrameworkCore", "Microsoft.EntityFrameworkCore.Abstractions", "Microsoft.EntityFrameworkCore.Relational",
                "Microsoft.EntityFrameworkCore.Sqlite", "Npgsql.EntityFrameworkCore.PostgreSQL", "Microsoft.AspNetCore.App", "MediatR",
                "OpenGov.BuildingBlocks.Infrastructure", AssemblyNames.Of(Module, Layer.Infrastructure), AssemblyNames.Of(Module, Layer.Domain),
            ]));

    [Fact]
    public void Application_rule_names_infrastructure_types_that_use_aspnet() =>
        // A type may list several forbidden namespaces ("depends on OpenGov.BuildingBlocks.Infrastructure, Microsoft.AspNetCore"),
        // so the message is matched by its parts, not by the first namespace named.
        Assert.Contains(
            ReferenceChecks.InTypes(Infrastructure, ReferenceRules.Application("Infrastructure")),
            v => v.Contains(" depends on ", StringComparison.Ordinal) && v.Contains("Microsoft.AspNetCore", StringComparison.Ordinal));

    [Fact]
    public void Contracts_rule_reports_module_layers_and_frameworks() =>
        Assert.Equal(
            Sorted("FluentValidation", AssemblyNames.Of(Module, Layer.Domain), "OpenGov.Catalogue.Contracts"),
            ReferenceRules.Contracts(Module).ForbiddenAmong(
                ["System.Runtime", "MediatR", "OpenGov.BuildingBlocks.Application", "OpenGov.BuildingBlocks.Domain", "FluentValidation", AssemblyNames.Of(Module, Layer.Domain), "OpenGov.Catalogue.Contracts"]));

    [Fact]
    public void Contracts_rule_names_application_types_that_use_the_domain() =>
        Assert.Contains(
            ReferenceChecks.InTypes(SolutionAssemblies.Get(Module, Layer.Application).Assembly, ReferenceRules.Contracts(Module)),
            v => v.Contains($"depends on {AssemblyNames.Of(Module, Layer.Domain)}"));

    [Fact]
    public void Cross_module_rule_allows_contracts_and_reports_every_other_layer_and_the_host()
    {
        var other = KnownModules.All.First(m => m != Module);
        Assert.Equal(
            Sorted(AssemblyNames.Host, AssemblyNames.Of(other, Layer.Application), AssemblyNames.Of(other, Layer.Domain), AssemblyNames.Of(other, Layer.Infrastructure)),
            ReferenceRules.AcrossModules(Module).ForbiddenAmong(
            [
                AssemblyNames.Of(other, Layer.Contracts), AssemblyNames.Of(other, Layer.Domain), AssemblyNames.Of(other, Layer.Application),
                AssemblyNames.Of(other, Layer.Infrastructure), AssemblyNames.Host, AssemblyNames.Of(Module, Layer.Infrastructure),
                "OpenGov.BuildingBlocks.Infrastructure", "Microsoft.EntityFrameworkCore",
            ]));
    }

    [Fact]
    public void Cross_module_rule_names_types_that_use_another_modules_domain()
    {
        // Seen from any other module, this module's Infrastructure uses "another module's" Domain.
        var other = KnownModules.All.First(m => m != Module);
        Assert.Contains(ReferenceChecks.InTypes(Infrastructure, ReferenceRules.AcrossModules(other)), v => v.Contains($"depends on {AssemblyNames.Of(Module, Layer.Domain)}"));
    }

    [Fact]
    public void Building_blocks_rule_reports_modules_and_the_host()
    {
        Assert.Equal(
            Sorted(AssemblyNames.Host, AssemblyNames.Of(Module, Layer.Contracts)),
            ReferenceRules.BuildingBlocks().ForbiddenAmong(["OpenGov.BuildingBlocks.Domain", AssemblyNames.Of(Module, Layer.Contracts), AssemblyNames.Host, "MediatR"]));
        Assert.NotEmpty(ReferenceChecks.InAssemblyReferences(Infrastructure, ReferenceRules.BuildingBlocks()));
        Assert.NotEmpty(ReferenceChecks.InTypes(Infrastructure, ReferenceRules.BuildingBlocks()));
    }

    [Fact]
    public void Project_file_reader_sees_projects_packages_and_frameworks() =>
        Assert.Equal(
            Sorted("Microsoft.AspNetCore.App", "Microsoft.EntityFrameworkCore", "OpenGov.Catalogue.Domain"),
            ProjectFile.DeclaredReferences(XDocument.Parse(
                """
                <Project Sdk="Microsoft.NET.Sdk">
                  <ItemGroup>
                    <ProjectReference Include="..\..\Catalogue\OpenGov.Catalogue.Domain\OpenGov.Catalogue.Domain.csproj" />
                    <PackageReference Include="Microsoft.EntityFrameworkCore" />
                    <FrameworkReference Include="Microsoft.AspNetCore.App" />
                  </ItemGroup>
                </Project>
                """)));

    [Fact]
    public void Bcl_is_the_runtime_framework_and_nothing_more()
    {
        Assert.True(Bcl.Contains("System.Runtime"));
        Assert.True(Bcl.Contains("System.Text.Json"));
        Assert.False(Bcl.Contains("Microsoft.EntityFrameworkCore"));
        Assert.False(Bcl.Contains("Microsoft.AspNetCore.Http"));
        Assert.False(Bcl.Contains("Microsoft.Extensions.Logging.Abstractions"));
        Assert.False(Bcl.Contains("MediatR"));
    }

    // The checkers sort what they report; expectations are written in reading order.
    private static IEnumerable<string> Sorted(params string[] names) => names.Order();
}
