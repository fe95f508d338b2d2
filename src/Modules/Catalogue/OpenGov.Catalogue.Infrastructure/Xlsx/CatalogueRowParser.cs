using OpenGov.Catalogue.Application.Catalogues;
using OpenGov.Catalogue.Domain.Catalogues;
using Column = OpenGov.Catalogue.Infrastructure.Xlsx.CatalogueColumns;

namespace OpenGov.Catalogue.Infrastructure.Xlsx;

/// <summary>Column positions of a single unit's sheet (A = 0), as <see cref="CatalogueWorkbookWriter"/> writes them.</summary>
internal static class CatalogueColumns
{
    public const int FirstLevel = 1;
    public const int SecondLevel = 2;
    public const int Content = 3;
    public const int Basis = 4;
    public const int Deadline = 5;
    public const int Subject = 6;
    public const int Channels = 7;
    public const int Public = 8;
    public const int SpecificGroup = 9;
    public const int Proactive = 10;
    public const int OnRequest = 11;
    public const int County = 12;
    public const int Township = 13;
}

/// <summary>
/// Turns one data row's cell texts back into an item, the inverse of the writer's cells. Text columns pass through
/// (blank = missing, for the item rules to name); √ columns and channel names that cannot be read are problems of
/// that cell. 序号 is not read: the row order is the order, as with saving items.
/// </summary>
internal static class CatalogueRowParser
{
    /// <summary>Ticks as people type them when they do not copy the template's √.</summary>
    private static readonly string[] Ticks = [CatalogueTemplate.Tick, "✓", "✔"];

    public static CatalogueItemInput Parse(int rowNumber, string?[] cells, List<ImportCellProblem> problems)
    {
        var audiences = new List<DisclosureAudience>();
        var methods = new List<DisclosureMethod>();
        var levels = new List<DisclosureLevel>();
        Tick(rowNumber, cells, Column.Public, audiences, DisclosureAudience.Public, problems);
        var group = SpecificGroup(rowNumber, cells[Column.SpecificGroup], audiences, problems);
        Tick(rowNumber, cells, Column.Proactive, methods, DisclosureMethod.Proactive, problems);
        Tick(rowNumber, cells, Column.OnRequest, methods, DisclosureMethod.OnRequest, problems);
        Tick(rowNumber, cells, Column.County, levels, DisclosureLevel.County, problems);
        Tick(rowNumber, cells, Column.Township, levels, DisclosureLevel.Township, problems);
        var (channels, other) = Channels(rowNumber, cells[Column.Channels], problems);

        return new CatalogueItemInput(
            null,
            Text(cells[Column.FirstLevel]),
            Text(cells[Column.SecondLevel]),
            Text(cells[Column.Content]),
            Text(cells[Column.Basis]),
            Text(cells[Column.Deadline]),
            Text(cells[Column.Subject]),
            channels,
            other,
            audiences,
            group,
            methods,
            levels);
    }

    private static string? Text(string? cell) => string.IsNullOrWhiteSpace(cell) ? null : cell.Trim();

    private static void Tick<T>(int rowNumber, string?[] cells, int column, List<T> into, T value, List<ImportCellProblem> problems)
    {
        var text = Text(cells[column]);
        if (text is null)
        {
            return;
        }

        if (Ticks.Contains(text))
        {
            into.Add(value);
            return;
        }

        problems.Add(new(rowNumber, CatalogueTemplate.HeaderOf(column), $"应填写“{CatalogueTemplate.Tick}”或留空，不能填写“{Clip(text)}”"));
    }

    /// <summary>"√（低保对象）" → the group's name; a bare "√" leaves the name for the item rules to ask for.</summary>
    private static string? SpecificGroup(int rowNumber, string? cell, List<DisclosureAudience> audiences, List<ImportCellProblem> problems)
    {
        var text = Text(cell);
        if (text is null)
        {
            return null;
        }

        var tick = Ticks.FirstOrDefault(t => text.StartsWith(t, StringComparison.Ordinal));
        var rest = tick is null ? null : text[tick.Length..].Trim();
        if (rest is not null && (rest.Length == 0 || IsBracketed(rest)))
        {
            audiences.Add(DisclosureAudience.SpecificGroup);
            return rest.Length == 0 ? null : Text(rest[1..^1]);
        }

        problems.Add(new(rowNumber, CatalogueTemplate.SpecificGroup,
            $"应填写“{CatalogueTemplate.TickWithGroup("群体名称")}”或留空，不能填写“{Clip(text)}”"));
        return null;
    }

    private static bool IsBracketed(string text) =>
        text.Length >= 2 && text[0] is CatalogueTemplate.GroupOpen or '(' && text[^1] is CatalogueTemplate.GroupClose or ')';

    /// <summary>
    /// Names joined with 、; "其他：…" takes the rest of the cell as its free text, since the writer puts 其他 last and
    /// the free text may itself contain 、.
    /// </summary>
    private static (List<DisclosureChannel> Channels, string? Other) Channels(int rowNumber, string? cell, List<ImportCellProblem> problems)
    {
        var channels = new List<DisclosureChannel>();
        string? other = null;
        var text = Text(cell);
        if (text is null)
        {
            return (channels, other);
        }

        var unknown = new List<string>();
        var position = 0;
        foreach (var part in text.Split(ChannelLabels.Separator))
        {
            if (ChannelLabels.IsOtherWithText(part, out _))
            {
                ChannelLabels.IsOtherWithText(text[position..], out var rest);
                channels.Add(DisclosureChannel.Other);
                other = Text(rest);
                break;
            }

            position += part.Length + ChannelLabels.Separator.Length;
            if (part.Trim().Length == 0)
            {
                continue;
            }

            if (ChannelLabels.Parse(part) is { } channel)
            {
                channels.Add(channel);
            }
            else
            {
                unknown.Add(part.Trim());
            }
        }

        if (unknown.Count > 0)
        {
            problems.Add(new(rowNumber, CatalogueTemplate.Channels,
                $"“{Clip(string.Join(ChannelLabels.Separator, unknown))}”不是官方公开渠道；可选：{string.Join(ChannelLabels.Separator, Enum.GetValues<DisclosureChannel>().Select(ChannelLabels.Of))}（其他渠道写作“{ChannelLabels.OtherPrefix}渠道名称”），多个用“{ChannelLabels.Separator}”分隔"));
        }

        return (channels, other);
    }

    /// <summary>Keeps an error message readable when a cell holds a whole paragraph.</summary>
    private static string Clip(string text) => text.Length > 30 ? text[..30] + "…" : text;
}
