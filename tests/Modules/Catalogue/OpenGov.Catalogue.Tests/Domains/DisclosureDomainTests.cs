using OpenGov.Catalogue.Domain.Domains;

namespace OpenGov.Catalogue.Tests.Domains;

public sealed class DisclosureDomainTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Given_the_pilot_list_Then_26_domains_in_source_order_with_codes_D01_to_D26()
    {
        var all = PilotDomains.All().ToList();
        Assert.Equal(26, all.Count);
        Assert.Equal(("D01", "国土空间规划", 1), all[0]);
        Assert.Equal(("D26", "市政服务", 26), all[^1]);
        Assert.Equal(26, all.Select(d => d.Name).Distinct().Count());
    }

    [Fact]
    public void Given_a_county_domain_When_renamed_Then_name_changes()
    {
        var domain = DisclosureDomain.Add("D27", "其他领域", 27, Now);
        Assert.True(domain.Rename("  营商环境 ", 30, Now).IsSuccess);
        Assert.Equal("营商环境", domain.Name);
        Assert.Equal(30, domain.SortOrder);
        Assert.False(domain.IsPilot);
    }

    [Fact]
    public void Given_a_domain_When_retired_and_reinstated_Then_flag_follows()
    {
        var domain = DisclosureDomain.Add("D27", "其他领域", 27, Now);
        domain.SetRetired(true, Now);
        Assert.True(domain.IsRetired);
        domain.SetRetired(false, Now);
        Assert.False(domain.IsRetired);
    }
}
