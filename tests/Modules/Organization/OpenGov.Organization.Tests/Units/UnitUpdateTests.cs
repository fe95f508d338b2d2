using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Domain.Units;
using static OpenGov.Organization.Tests.Units.UnitFactory;

namespace OpenGov.Organization.Tests.Units;

public sealed class UnitUpdateTests
{
    private static readonly DateTimeOffset Later = Now.AddDays(1);

    private readonly Unit _root;
    private readonly Unit _bureau;
    private readonly Unit _office;
    private readonly Unit _team;

    public UnitUpdateTests()
    {
        // root ← bureau ← office ← team
        _root = Root();
        _root.ClearDomainEvents();
        _bureau = Under(_root, "县教育局");
        _office = Under(_bureau, "县教育局办公室");
        _team = Under(_office, "县教育局督导组");
    }

    [Fact]
    public void Given_valid_details_When_updating_Then_applied_and_UnitUpdated_raised()
    {
        var other = Under(_root, "县财政局");
        var contact = new ContactInfo("张三", "0571-12345678", "县府路1号", "jyj@example.cn", "311100");

        var result = _office.Update(new UnitDetails(" 县教育局综合科 ", "综合科", UnitType.CountyDepartment, null, contact, 3), other, [_root.Id], Later);

        Assert.True(result.IsSuccess);
        Assert.Equal("县教育局综合科", _office.Name);
        Assert.Equal("综合科", _office.ShortName);
        Assert.Equal(other.Id, _office.ParentId);
        Assert.Equal(contact, _office.Contact);
        Assert.Equal(3, _office.SortOrder);
        Assert.Equal(Later, _office.UpdatedAt);
        Assert.Equal(Now, _office.CreatedAt);
        var updated = Assert.IsType<UnitUpdated>(Assert.Single(_office.DomainEvents));
        Assert.Equal(new UnitUpdated(_office.Id, Later), updated);
    }

    [Fact]
    public void Given_itself_as_parent_When_updating_Then_parent_cycle()
    {
        var result = _bureau.Update(Details("县教育局"), _bureau, [_root.Id], Later);

        AssertRefused(result, "unit.parent_cycle", _bureau, _root.Id);
    }

    [Fact]
    public void Given_a_child_as_parent_When_updating_Then_parent_cycle()
    {
        var result = _bureau.Update(Details("县教育局"), _office, [_bureau.Id, _root.Id], Later);

        AssertRefused(result, "unit.parent_cycle", _bureau, _root.Id);
    }

    [Fact]
    public void Given_a_grandchild_as_parent_When_updating_Then_parent_cycle()
    {
        var result = _bureau.Update(Details("县教育局"), _team, [_office.Id, _bureau.Id, _root.Id], Later);

        AssertRefused(result, "unit.parent_cycle", _bureau, _root.Id);
    }

    [Fact]
    public void Given_a_sibling_branch_as_parent_When_updating_Then_moved()
    {
        var finance = Under(_root, "县财政局");

        var result = _office.Update(Details("县教育局办公室"), finance, [_root.Id], Later);

        Assert.True(result.IsSuccess);
        Assert.Equal(finance.Id, _office.ParentId);
    }

    [Fact]
    public void Given_no_parent_When_updating_a_department_Then_parent_required()
    {
        var result = _bureau.Update(Details("县教育局"), null, [], Later);

        AssertRefused(result, "unit.parent_required", _bureau, _root.Id);
    }

    [Fact]
    public void Given_inactive_parent_When_updating_Then_refused()
    {
        var closed = Under(_root, "县撤销局");
        Assert.True(closed.SetActive(false, hasActiveChildren: false, parentIsActive: true, Now).IsSuccess);

        var result = _office.Update(Details("县教育局办公室"), closed, [_root.Id], Later);

        AssertRefused(result, "unit.parent_inactive", _office, _bureau.Id);
    }

    [Fact]
    public void Given_a_department_When_changing_its_type_to_county_government_Then_refused()
    {
        var result = _bureau.Update(Details("县教育局", UnitType.CountyGovernment), _root, [], Later);

        AssertRefused(result, "unit.root_exists", _bureau, _root.Id);
        Assert.Equal(UnitType.CountyDepartment, _bureau.Type);
    }

    [Theory]
    [InlineData(UnitType.CountyDepartment)]
    [InlineData(UnitType.Township)]
    [InlineData(UnitType.Subdistrict)]
    public void Given_the_county_government_When_changing_its_type_Then_refused(UnitType type)
    {
        var result = _root.Update(Details("XX县人民政府", type), null, [], Later);

        Assert.False(result.IsSuccess);
        Assert.Equal("unit.root_type_fixed", result.Error.Code);
        Assert.Equal(["type"], result.Error.Fields!.Keys);
        Assert.Equal(UnitType.CountyGovernment, _root.Type);
        Assert.Empty(_root.DomainEvents);
    }

    [Fact]
    public void Given_the_county_government_When_renaming_it_Then_it_stays_the_root()
    {
        var result = _root.Update(Details("YY县人民政府", UnitType.CountyGovernment), null, [], Later);

        Assert.True(result.IsSuccess);
        Assert.Equal("YY县人民政府", _root.Name);
        Assert.Null(_root.ParentId);
        Assert.Equal(new UnitUpdated(_root.Id, Later), Assert.Single(_root.DomainEvents));
    }

    [Fact]
    public void Given_the_county_government_When_placing_it_under_a_unit_Then_refused()
    {
        var result = _root.Update(Details("XX县人民政府", UnitType.CountyGovernment), _bureau, [_root.Id], Later);

        Assert.False(result.IsSuccess);
        Assert.Null(_root.ParentId);
    }

    [Fact]
    public void Credit_code_is_upper_cased_on_update()
    {
        var result = _bureau.Update(Details("县教育局", creditCode: "91440300708461136t"), _root, [], Later);

        Assert.True(result.IsSuccess);
        Assert.Equal("91440300708461136T", _bureau.CreditCode);
    }

    private static void AssertRefused(Result result, string code, Unit unit, Guid unchangedParentId)
    {
        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error.Code);
        Assert.Equal(ErrorKind.Validation, result.Error.Kind);
        Assert.Equal(unchangedParentId, unit.ParentId);
        Assert.Equal(Now, unit.UpdatedAt);
        Assert.Empty(unit.DomainEvents);
    }

    [Fact]
    public void Given_inactive_unit_under_inactive_parent_When_only_contact_changes_Then_allowed()
    {
        var town = Under(Root(), "城关镇人民政府", UnitType.Township);
        var office = Under(town, "城关镇党政综合办公室");
        Assert.True(office.SetActive(false, hasActiveChildren: false, parentIsActive: true, Now).IsSuccess);
        Assert.True(town.SetActive(false, hasActiveChildren: false, parentIsActive: true, Now).IsSuccess);

        var details = Details("城关镇党政综合办公室") with { Contact = new ContactInfo("王五", "0851-7654321", null, null, null) };
        var result = office.Update(details, town, [], Now.AddDays(1));

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal("王五", office.Contact.Person);
    }

    [Fact]
    public void Given_department_When_retyped_as_county_government_Then_refused()
    {
        var root = Root();
        var unit = Under(root);

        var result = unit.Update(Details(type: UnitType.CountyGovernment), root, [], Now);

        Assert.Equal("unit.root_exists", result.Error!.Code);
    }
}
