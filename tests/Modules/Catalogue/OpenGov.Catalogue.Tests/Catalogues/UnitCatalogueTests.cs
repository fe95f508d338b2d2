using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Tests.Catalogues;

/// <summary>CAT-7 lifecycle and CAT-8 versions of one unit × domain catalogue.</summary>
public sealed class UnitCatalogueTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static CatalogueItemContent Item(string secondLevel, Guid? key = null, string? deadline = null) => new(
        key, "预决算公开", secondLevel, "内容", "依据", deadline, "县财政局", [DisclosureChannel.GovernmentWebsite], null,
        [DisclosureAudience.Public], null, [DisclosureMethod.Proactive], [DisclosureLevel.County]);

    private static UnitCatalogue Published(params string[] names)
    {
        var catalogue = UnitCatalogue.StartFirst(Guid.NewGuid(), Guid.NewGuid(), "D04", Now);
        Assert.True(catalogue.ReplaceItems([.. names.Select(n => Item(n))], null, Now).IsSuccess);
        Assert.True(catalogue.Submit(null, Now).IsSuccess);
        Assert.True(catalogue.Approve(null, Now).IsSuccess);
        Assert.True(catalogue.Publish(null, null, Now).IsSuccess);
        return catalogue;
    }

    [Fact]
    public void Given_duplicate_second_level_When_replacing_items_Then_the_row_field_is_named()
    {
        var catalogue = UnitCatalogue.StartFirst(Guid.NewGuid(), Guid.NewGuid(), "D04", Now);
        var result = catalogue.ReplaceItems([Item("部门预算"), Item(" 部门预算 ")], null, Now);
        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
        Assert.True(result.Error.Fields!.ContainsKey("items[1].secondLevel"));
    }

    [Fact]
    public void Given_empty_draft_When_submitted_Then_refused()
    {
        var catalogue = UnitCatalogue.StartFirst(Guid.NewGuid(), Guid.NewGuid(), "D04", Now);
        Assert.Equal("catalogue.empty", catalogue.Submit(null, Now).Error!.Code);
    }

    [Fact]
    public void Given_a_decided_catalogue_When_approved_or_returned_again_Then_conflict_naming_what_happened()
    {
        var catalogue = UnitCatalogue.StartFirst(Guid.NewGuid(), Guid.NewGuid(), "D04", Now);
        catalogue.ReplaceItems([Item("部门预算")], null, Now);
        catalogue.Submit(null, Now);
        Assert.True(catalogue.Return(null, "时限不明确", Now).IsSuccess);
        Assert.Equal("catalogue.already_returned", catalogue.Approve(null, Now).Error!.Code);
        Assert.Equal("catalogue.already_returned", catalogue.Return(null, "再退", Now).Error!.Code);
    }

    [Fact]
    public void Given_a_published_catalogue_When_edited_Then_conflict()
    {
        var catalogue = Published("部门预算");
        Assert.Equal(ErrorKind.Conflict, catalogue.ReplaceItems([Item("部门决算")], null, Now).Error!.Kind);
        Assert.False(catalogue.IsOpen);
    }

    [Fact]
    public void Given_a_revision_When_published_Then_previous_superseded_and_changes_and_retirements_reported()
    {
        var first = Published("部门预算", "部门决算", "三公经费");
        Assert.Equal("catalogue.change_reason_required", UnitCatalogue.StartRevision(Guid.NewGuid(), first, " ", Now).Error!.Code);

        var revision = UnitCatalogue.StartRevision(Guid.NewGuid(), first, "合并事项", Now).Value;
        Assert.Equal(2, revision.Edition);
        var keys = first.Items.OrderBy(i => i.Sequence).Select(i => i.ItemKey).ToList();
        Assert.Equal(keys, revision.Items.OrderBy(i => i.Sequence).Select(i => i.ItemKey));

        Assert.True(revision.ReplaceItems([Item("部门预算", keys[0]), Item("部门决算", keys[1], "信息形成之日起3个工作日内"), Item("政府采购")], null, Now).IsSuccess);
        revision.Submit(null, Now);
        revision.Approve(null, Now);
        Assert.True(revision.Publish(first, null, Now).IsSuccess);

        Assert.Equal(CatalogueStatus.Superseded, first.Status);
        var published = Assert.IsType<CataloguePublished>(Assert.Single(revision.DomainEvents));
        Assert.Equal([keys[1]], published.ChangedItemKeys);
        Assert.Equal(keys[2], Assert.Single(published.RetiredItems).ItemKey);
    }

    [Fact]
    public void Given_an_item_key_from_elsewhere_When_replacing_Then_refused()
    {
        var catalogue = UnitCatalogue.StartFirst(Guid.NewGuid(), Guid.NewGuid(), "D04", Now);
        var result = catalogue.ReplaceItems([Item("部门预算", Guid.NewGuid())], null, Now);
        Assert.True(result.Error!.Fields!.ContainsKey("items[0].itemId"));
    }

    [Fact]
    public void Given_other_channel_and_group_When_stored_Then_free_text_kept_only_when_selected()
    {
        var catalogue = UnitCatalogue.StartFirst(Guid.NewGuid(), Guid.NewGuid(), "D04", Now);
        var content = Item("部门预算") with { OtherChannel = "乡镇广播", SpecificGroup = "低保对象" };
        catalogue.ReplaceItems([content with { Channels = [DisclosureChannel.Other, DisclosureChannel.Other] }], null, Now);
        var item = Assert.Single(catalogue.Items);
        Assert.Equal([DisclosureChannel.Other], item.Channels);
        Assert.Equal("乡镇广播", item.OtherChannel);
        Assert.Null(item.SpecificGroup);
    }

    [Fact]
    public void Given_several_duplicates_When_replacing_items_Then_every_repeated_row_is_named()
    {
        var catalogue = UnitCatalogue.StartFirst(Guid.NewGuid(), Guid.NewGuid(), "D04", Now);
        var result = catalogue.ReplaceItems([Item("部门预算"), Item("部门预算"), Item("部门决算"), Item("部门决算")], null, Now);
        Assert.Equal("catalogue.item_duplicate", result.Error!.Code);
        Assert.Equal(["items[1].secondLevel", "items[3].secondLevel"], result.Error.Fields!.Keys.Order());
        Assert.Equal("二级事项“部门决算”与第 3 行重复", result.Error.Fields["items[3].secondLevel"][0]);
        Assert.Empty(catalogue.Items);
    }

    [Fact]
    public void Given_a_submitted_catalogue_When_withdrawn_Then_draft_again_and_editable()
    {
        var catalogue = UnitCatalogue.StartFirst(Guid.NewGuid(), Guid.NewGuid(), "D04", Now);
        catalogue.ReplaceItems([Item("部门预算")], null, Now);
        catalogue.Submit(Guid.NewGuid(), Now);

        Assert.True(catalogue.Withdraw(Now.AddHours(1)).IsSuccess);
        Assert.Equal(CatalogueStatus.Draft, catalogue.Status);
        Assert.Null(catalogue.SubmittedAt);
        Assert.Null(catalogue.SubmittedBy);
        Assert.Equal(Now.AddHours(1), catalogue.UpdatedAt);
        Assert.True(catalogue.ReplaceItems([Item("部门决算")], null, Now).IsSuccess);
        Assert.Equal("catalogue.not_submitted", catalogue.Withdraw(Now).Error!.Code);
    }

    [Fact]
    public void Given_a_decided_catalogue_When_withdrawn_Then_conflict_naming_the_decision()
    {
        var approved = UnitCatalogue.StartFirst(Guid.NewGuid(), Guid.NewGuid(), "D04", Now);
        approved.ReplaceItems([Item("部门预算")], null, Now);
        approved.Submit(null, Now);
        approved.Approve(null, Now);
        var result = approved.Withdraw(Now);
        Assert.Equal(ErrorKind.Conflict, result.Error!.Kind);
        Assert.Equal("catalogue.already_approved", result.Error.Code);
        Assert.Equal(CatalogueStatus.Approved, approved.Status);

        var returned = UnitCatalogue.StartFirst(Guid.NewGuid(), Guid.NewGuid(), "D04", Now);
        returned.ReplaceItems([Item("部门预算")], null, Now);
        returned.Submit(null, Now);
        returned.Return(null, "依据不全", Now);
        Assert.Equal("catalogue.already_returned", returned.Withdraw(Now).Error!.Code);
        Assert.Equal(CatalogueStatus.Returned, returned.Status);
    }

    [Fact]
    public void Given_items_that_keep_their_ids_When_replacing_Then_their_rows_are_revised_in_place_and_the_rest_replaced()
    {
        var catalogue = UnitCatalogue.StartFirst(Guid.NewGuid(), Guid.NewGuid(), "D04", Now);
        catalogue.ReplaceItems([Item("部门预算"), Item("部门决算"), Item("三公经费")], null, Now);
        var before = catalogue.Items.ToDictionary(i => i.SecondLevel);

        var result = catalogue.ReplaceItems(
            [Item("部门决算", before["部门决算"].ItemKey, "实时"), Item("政府采购"), Item("部门预算", before["部门预算"].ItemKey)], null, Now);

        Assert.True(result.IsSuccess);
        Assert.Equal(["部门决算", "政府采购", "部门预算"], catalogue.Items.Select(i => i.SecondLevel));
        Assert.Equal([1, 2, 3], catalogue.Items.Select(i => i.Sequence));
        // Same row objects (and row ids): the database updates two rows instead of deleting and inserting three.
        Assert.Same(before["部门决算"], catalogue.Items[0]);
        Assert.Same(before["部门预算"], catalogue.Items[2]);
        Assert.Equal("实时", catalogue.Items[0].Deadline.Text);
        Assert.DoesNotContain(catalogue.Items, i => i.ItemKey == before["三公经费"].ItemKey);
    }
}
