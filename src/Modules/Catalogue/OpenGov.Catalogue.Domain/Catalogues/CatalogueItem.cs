using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Catalogue.Domain.Catalogues;

/// <summary>
/// One 事项 of one catalogue version (CAT-3). A row belongs to exactly one version; <see cref="ItemKey"/>
/// stays the same across versions so other modules can follow an item through 动态调整 (CAT-8).
/// </summary>
public sealed class CatalogueItem : Entity<Guid>
{
    private CatalogueItem()
    {
    }

    public Guid CatalogueId { get; private set; }

    public Guid ItemKey { get; private set; }

    /// <summary>序号, 1-based in the version.</summary>
    public int Sequence { get; private set; }

    public string FirstLevel { get; private set; } = "";

    public string SecondLevel { get; private set; } = "";

    public string Content { get; private set; } = "";

    public string Basis { get; private set; } = "";

    public DeadlineRule Deadline { get; private set; } = DeadlineRule.Default;

    public string Subject { get; private set; } = "";

    public List<DisclosureChannel> Channels { get; private set; } = [];

    public string? OtherChannel { get; private set; }

    public List<DisclosureAudience> Audiences { get; private set; } = [];

    public string? SpecificGroup { get; private set; }

    public List<DisclosureMethod> Methods { get; private set; } = [];

    public List<DisclosureLevel> Levels { get; private set; } = [];

    internal static CatalogueItem From(Guid catalogueId, int sequence, CatalogueItemContent c) =>
        new CatalogueItem { Id = Guid.NewGuid(), CatalogueId = catalogueId, ItemKey = c.ItemKey ?? Guid.NewGuid() }.Revise(sequence, c);

    /// <summary>Takes new content and position; the row and its <see cref="ItemKey"/> stay.</summary>
    internal CatalogueItem Revise(int sequence, CatalogueItemContent c)
    {
        Sequence = sequence;
        FirstLevel = c.FirstLevel.Trim();
        SecondLevel = c.SecondLevel.Trim();
        Content = c.Content.Trim();
        Basis = c.Basis.Trim();
        Deadline = DeadlineParser.Parse(c.DeadlineText);
        Subject = c.Subject.Trim();
        Channels = [.. c.Channels.Distinct().Order()];
        OtherChannel = c.Channels.Contains(DisclosureChannel.Other) ? c.OtherChannel?.Trim() : null;
        Audiences = [.. c.Audiences.Distinct().Order()];
        SpecificGroup = c.Audiences.Contains(DisclosureAudience.SpecificGroup) ? c.SpecificGroup?.Trim() : null;
        Methods = [.. c.Methods.Distinct().Order()];
        Levels = [.. c.Levels.Distinct().Order()];
        return this;
    }

    public CatalogueItemContent ToContent() => new(
        ItemKey, FirstLevel, SecondLevel, Content, Basis, Deadline.Text, Subject, Channels, OtherChannel, Audiences, SpecificGroup, Methods, Levels);

    /// <summary>Whether another version's item says the same thing (ignoring its position).</summary>
    public bool SameContentAs(CatalogueItem other) =>
        FirstLevel == other.FirstLevel && SecondLevel == other.SecondLevel && Content == other.Content && Basis == other.Basis
        && Deadline.Text == other.Deadline.Text && Subject == other.Subject && Channels.SequenceEqual(other.Channels)
        && OtherChannel == other.OtherChannel && Audiences.SequenceEqual(other.Audiences) && SpecificGroup == other.SpecificGroup
        && Methods.SequenceEqual(other.Methods) && Levels.SequenceEqual(other.Levels);
}
