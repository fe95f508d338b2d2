using OpenGov.Requests.Domain.Fees;
using OpenGov.Requests.Domain.Requests;

namespace OpenGov.Requests.Tests.Fees;

public sealed class ProcessingFeesTests
{
    [Fact]
    public void Given_example_E4_When_35_requests_are_charged_per_application_Then_the_total_is_3000_yuan()
    {
        var quote = ProcessingFees.PerApplicationTotal(35).Value;

        Assert.Equal(FeeMode.PerApplication, quote.Mode);
        Assert.Equal(3000m, quote.Total);
        Assert.Equal(
            "第1至10件：10件免费\n第11至30件：20件×100元＝2000元\n第31至35件：5件×200元＝1000元\n合计：3000元",
            quote.Breakdown);
    }

    [Fact]
    public void Given_example_E4_When_the_35th_request_is_charged_alone_Then_it_costs_200_yuan()
    {
        var quote = ProcessingFees.PerApplication(35).Value;

        Assert.Equal(200m, quote.Total);
        Assert.Equal("第35件：1件×200元＝200元\n合计：200元", quote.Breakdown);
    }

    [Fact]
    public void Given_example_E4_When_a_reply_of_250_pages_is_charged_per_page_Then_the_total_is_4700_yuan()
    {
        var quote = ProcessingFees.PerPage(250).Value;

        Assert.Equal(FeeMode.PerPage, quote.Mode);
        Assert.Equal(4700m, quote.Total);
        Assert.Equal(
            "第1至30页：30页免费\n第31至100页：70页×10元＝700元\n第101至200页：100页×20元＝2000元\n第201至250页：50页×40元＝2000元\n合计：4700元",
            quote.Breakdown);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(50, 300)]
    [InlineData(51, 400)]
    [InlineData(101, 900)]
    public void Given_the_nth_request_of_a_month_When_charged_per_application_Then_its_tier_sets_the_fee(int ordinal, int yuan)
    {
        Assert.Equal(yuan, ProcessingFees.PerApplication(ordinal).Value.Total);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 2000)]
    [InlineData(31, 2200)]
    [InlineData(40, 4000)]
    [InlineData(41, 4300)]
    [InlineData(50, 7000)]
    public void Given_n_requests_in_a_month_When_charged_per_application_Then_the_total_is_progressive(int count, int yuan)
    {
        Assert.Equal(yuan, ProcessingFees.PerApplicationTotal(count).Value.Total);
    }

    [Fact]
    public void Given_any_month_When_the_total_is_summed_request_by_request_Then_it_equals_the_banded_total()
    {
        for (var count = 1; count <= 120; count++)
        {
            var oneByOne = Enumerable.Range(1, count).Sum(n => ProcessingFees.PerApplication(n).Value.Total);
            Assert.Equal(oneByOne, ProcessingFees.PerApplicationTotal(count).Value.Total);
        }
    }

    [Fact]
    public void Given_earlier_requests_already_counted_When_a_range_is_charged_Then_only_its_items_are_priced()
    {
        var quote = ProcessingFees.PerApplicationRange(28, 42).Value;

        Assert.Equal((3 * 100m) + (10 * 200m) + (2 * 300m), quote.Total);
        Assert.Equal(["第28至30件：3件×100元＝300元", "第31至40件：10件×200元＝2000元", "第41至42件：2件×300元＝600元"],
            quote.Bands.Select(b => b.Text).ToArray());
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    public void Given_a_page_count_When_charged_per_page_Then_the_total_is_progressive(int pages, int yuan)
    {
        Assert.Equal(yuan, ProcessingFees.PerPage(pages).Value.Total);
    }

    [Fact]
    public void Given_no_pages_When_charged_per_page_Then_nothing_is_due_and_no_band_is_listed()
    {
        var quote = ProcessingFees.PerPage(0).Value;

        Assert.Empty(quote.Bands);
        Assert.Equal("合计：0元", quote.Breakdown);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Given_a_count_below_one_When_charged_per_application_Then_it_is_a_validation_error(int count)
    {
        var total = ProcessingFees.PerApplicationTotal(count);
        var single = ProcessingFees.PerApplication(count);

        Assert.False(total.IsSuccess);
        Assert.Equal("fees.count_invalid", total.Error!.Code);
        Assert.False(single.IsSuccess);
    }

    [Fact]
    public void Given_a_range_ending_before_it_starts_or_beyond_the_cap_When_charged_Then_it_is_a_validation_error()
    {
        Assert.Equal("fees.count_invalid", ProcessingFees.PerApplicationRange(5, 4).Error!.Code);
        Assert.Equal("fees.count_too_large", ProcessingFees.PerApplicationTotal(ProcessingFees.MaxApplicationsPerMonth + 1).Error!.Code);
        Assert.True(ProcessingFees.PerApplicationTotal(ProcessingFees.MaxApplicationsPerMonth).IsSuccess);
    }

    [Fact]
    public void Given_negative_pages_When_charged_per_page_Then_it_is_a_validation_error()
    {
        var result = ProcessingFees.PerPage(-1);

        Assert.False(result.IsSuccess);
        Assert.Equal("fees.pages_invalid", result.Error!.Code);
    }
}
