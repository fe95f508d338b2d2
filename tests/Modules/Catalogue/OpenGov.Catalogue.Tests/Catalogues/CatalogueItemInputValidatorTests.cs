using OpenGov.Catalogue.Application.Catalogues;
using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Tests.Catalogues;

/// <summary>CAT-4, CAT-5: every item column is checked before the domain sees it.</summary>
public sealed class CatalogueItemInputValidatorTests
{
    private static readonly CatalogueItemInput Valid = new(
        null, "预决算公开", "部门预算", "内容", "依据", null, "县财政局", [DisclosureChannel.GovernmentWebsite], null,
        [DisclosureAudience.Public], null, [DisclosureMethod.Proactive], [DisclosureLevel.County, DisclosureLevel.Township]);

    private static IReadOnlyList<string> Fields(CatalogueItemInput input) =>
        [.. new CatalogueItemInputValidator().Validate(input).Errors.Select(e => e.PropertyName)];

    [Fact]
    public void Given_a_complete_item_Then_valid() => Assert.Empty(Fields(Valid));

    [Fact]
    public void Given_empty_multi_selects_Then_each_is_named()
    {
        var fields = Fields(Valid with { Channels = [], Audiences = [], Methods = null, Levels = [] });
        Assert.Equal(["Audiences", "Channels", "Levels", "Methods"], fields.Order());
    }

    [Fact]
    public void Given_other_channel_or_specific_group_without_a_name_Then_refused()
    {
        var fields = Fields(Valid with { Channels = [DisclosureChannel.Other], Audiences = [DisclosureAudience.SpecificGroup] });
        Assert.Equal(["OtherChannel", "SpecificGroup"], fields.Order());
    }

    [Fact]
    public void Given_too_long_texts_and_unknown_choice_Then_refused()
    {
        var fields = Fields(Valid with { Content = new string('长', 4001), Deadline = new string('长', 201), Levels = [(DisclosureLevel)9] });
        Assert.Contains("Content", fields);
        Assert.Contains("Deadline", fields);
        Assert.Contains("Levels[0]", fields);
    }
}
