using OpenGov.BuildingBlocks.Domain;
using OpenGov.Organization.Domain.Units;
using static OpenGov.Organization.Tests.Units.UnitFactory;

namespace OpenGov.Organization.Tests.Units;

public sealed class UnitActivationTests
{
    private static readonly DateTimeOffset Later = Now.AddHours(2);

    [Fact]
    public void Given_no_active_children_When_deactivating_Then_inactive_and_event_raised()
    {
        var unit = Under(Root());

        var result = unit.SetActive(false, hasActiveChildren: false, parentIsActive: true, Later);

        Assert.True(result.IsSuccess);
        Assert.False(unit.IsActive);
        Assert.Equal(Later, unit.UpdatedAt);
        var changed = Assert.IsType<UnitActivationChanged>(Assert.Single(unit.DomainEvents));
        Assert.Equal(new UnitActivationChanged(unit.Id, false, Later), changed);
    }

    [Fact]
    public void Given_active_children_When_deactivating_Then_refused()
    {
        var unit = Under(Root());

        var result = unit.SetActive(false, hasActiveChildren: true, parentIsActive: true, Later);

        Assert.False(result.IsSuccess);
        Assert.Equal("unit.has_active_children", result.Error.Code);
        Assert.Equal(ErrorKind.Conflict, result.Error.Kind);
        Assert.True(unit.IsActive);
        Assert.Empty(unit.DomainEvents);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Given_the_county_government_When_deactivating_Then_refused(bool hasActiveChildren)
    {
        var root = Root();
        root.ClearDomainEvents();

        var result = root.SetActive(false, hasActiveChildren, parentIsActive: true, Later);

        Assert.False(result.IsSuccess);
        Assert.Equal("unit.root_cannot_deactivate", result.Error.Code);
        Assert.Equal(ErrorKind.Conflict, result.Error.Kind);
        Assert.True(root.IsActive);
        Assert.Empty(root.DomainEvents);
    }

    [Fact]
    public void Given_inactive_unit_When_reactivating_Then_active_and_event_raised()
    {
        var unit = Under(Root());
        unit.SetActive(false, hasActiveChildren: false, parentIsActive: true, Now);
        unit.ClearDomainEvents();

        var result = unit.SetActive(true, hasActiveChildren: false, parentIsActive: true, Later);

        Assert.True(result.IsSuccess);
        Assert.True(unit.IsActive);
        Assert.Equal(new UnitActivationChanged(unit.Id, true, Later), Assert.Single(unit.DomainEvents));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Setting_the_current_state_again_succeeds_without_an_event(bool active)
    {
        var unit = Under(Root());
        if (!active)
        {
            unit.SetActive(false, hasActiveChildren: false, parentIsActive: true, Now);
            unit.ClearDomainEvents();
        }

        var result = unit.SetActive(active, hasActiveChildren: true, parentIsActive: true, Later);

        Assert.True(result.IsSuccess);
        Assert.Equal(active, unit.IsActive);
        Assert.Empty(unit.DomainEvents);
        Assert.Equal(Now, unit.UpdatedAt);
    }

    [Fact]
    public void Given_inactive_parent_When_reactivating_child_Then_refused_with_parent_inactive()
    {
        var unit = Under(Root());
        Assert.True(unit.SetActive(false, hasActiveChildren: false, parentIsActive: true, Now).IsSuccess);

        var result = unit.SetActive(true, hasActiveChildren: false, parentIsActive: false, Later);

        Assert.Equal("unit.parent_inactive", result.Error!.Code);
        Assert.Equal(ErrorKind.Conflict, result.Error.Kind);
        Assert.False(unit.IsActive);
    }
}
