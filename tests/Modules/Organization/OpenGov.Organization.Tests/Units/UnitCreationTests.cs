using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Domain.Units;
using static OpenGov.Organization.Tests.Units.UnitFactory;

namespace OpenGov.Organization.Tests.Units;

public sealed class UnitCreationTests
{
    [Fact]
    public void Given_active_parent_When_creating_unit_Then_it_is_active_under_the_parent()
    {
        var root = Root();
        var id = Guid.NewGuid();

        var result = Unit.Create(id, Details("  县财政局  "), root, Now);

        Assert.True(result.IsSuccess);
        var unit = result.Value;
        Assert.Equal(id, unit.Id);
        Assert.Equal(root.Id, unit.ParentId);
        Assert.Equal("县财政局", unit.Name);
        Assert.Equal(UnitType.CountyDepartment, unit.Type);
        Assert.True(unit.IsActive);
        Assert.Equal(Now, unit.CreatedAt);
        Assert.Equal(Now, unit.UpdatedAt);
        Assert.Equal(ContactInfo.Empty, unit.Contact);
    }

    [Fact]
    public void Given_no_parent_When_creating_unit_Then_parent_is_required()
    {
        var result = Unit.Create(Guid.NewGuid(), Details(), null, Now);

        AssertFieldError(result, "unit.parent_required", "parentId");
    }

    [Fact]
    public void Given_inactive_parent_When_creating_unit_Then_refused()
    {
        var parent = Under(Root(), "县教育局");
        Assert.True(parent.SetActive(false, hasActiveChildren: false, parentIsActive: true, Now).IsSuccess);

        var result = Unit.Create(Guid.NewGuid(), Details("县第一中学"), parent, Now);

        AssertFieldError(result, "unit.parent_inactive", "parentId");
    }

    [Fact]
    public void Given_a_county_government_When_creating_another_Then_refused()
    {
        var result = Unit.Create(Guid.NewGuid(), Details("另一个县人民政府", UnitType.CountyGovernment), Root(), Now);

        AssertFieldError(result, "unit.root_exists", "type");
    }

    [Fact]
    public void County_government_is_the_active_root()
    {
        var id = Guid.NewGuid();

        var root = Unit.CreateCountyGovernment(id, " XX县人民政府 ", Now);

        Assert.Equal(id, root.Id);
        Assert.Null(root.ParentId);
        Assert.Equal(UnitType.CountyGovernment, root.Type);
        Assert.Equal("XX县人民政府", root.Name);
        Assert.Equal("XX县人民政府", root.ShortName);
        Assert.True(root.IsActive);
        var created = Assert.IsType<UnitCreated>(Assert.Single(root.DomainEvents));
        Assert.Equal(new UnitCreated(id, Now), created);
    }

    [Fact]
    public void Creating_a_unit_raises_UnitCreated_with_its_id()
    {
        var id = Guid.NewGuid();

        var unit = Unit.Create(id, Details(), Root(), Now).Value;

        var created = Assert.IsType<UnitCreated>(Assert.Single(unit.DomainEvents));
        Assert.Equal(id, created.UnitId);
        Assert.Equal(Now, created.OccurredAt);
    }

    [Fact]
    public void Refused_creation_raises_nothing_and_returns_no_unit()
    {
        var result = Unit.Create(Guid.NewGuid(), Details(), null, Now);

        Assert.False(result.IsSuccess);
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_short_name_defaults_to_the_name(string? shortName)
    {
        var unit = Unit.Create(Guid.NewGuid(), Details(" 县人力资源和社会保障局 ", shortName: shortName), Root(), Now).Value;

        Assert.Equal("县人力资源和社会保障局", unit.ShortName);
    }

    [Fact]
    public void Given_short_name_it_is_kept_trimmed()
    {
        var unit = Unit.Create(Guid.NewGuid(), Details("县人力资源和社会保障局", shortName: " 县人社局 "), Root(), Now).Value;

        Assert.Equal("县人社局", unit.ShortName);
    }

    [Fact]
    public void Credit_code_is_trimmed_and_upper_cased()
    {
        var unit = Unit.Create(Guid.NewGuid(), Details(creditCode: " 91350100m000100y43 "), Root(), Now).Value;

        Assert.Equal("91350100M000100Y43", unit.CreditCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Blank_credit_code_is_stored_as_null(string? creditCode)
    {
        var unit = Unit.Create(Guid.NewGuid(), Details(creditCode: creditCode), Root(), Now).Value;

        Assert.Null(unit.CreditCode);
    }

    private static void AssertFieldError(Result result, string code, string field)
    {
        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error.Code);
        Assert.Equal(ErrorKind.Validation, result.Error.Kind);
        Assert.NotNull(result.Error.Fields);
        Assert.Equal([field], result.Error.Fields.Keys);
    }
}
