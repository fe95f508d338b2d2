using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Infrastructure.Xlsx;

/// <summary>The official 公开渠道和载体 names (CAT-4) as they appear in a printed catalogue, both ways.</summary>
internal static class ChannelLabels
{
    public const string Separator = "、";

    /// <summary>Introduces the free text of 其他 ("其他：乡镇便民服务大厅").</summary>
    public const string OtherPrefix = "其他：";

    private static readonly Dictionary<string, DisclosureChannel> ByLabel =
        Enum.GetValues<DisclosureChannel>().ToDictionary(c => Normalize(Of(c)), c => c, StringComparer.Ordinal);

    public static string Of(DisclosureChannel channel) => channel switch
    {
        DisclosureChannel.GovernmentWebsite => "政府网站",
        DisclosureChannel.GovernmentGazette => "政府公报",
        DisclosureChannel.WeiboWechatApp => "两微一端",
        DisclosureChannel.PressConferenceHearing => "发布会/听证会",
        DisclosureChannel.RadioTelevision => "广播电视",
        DisclosureChannel.PrintMedia => "纸质媒体",
        DisclosureChannel.PublicReadingPoint => "公开查阅点",
        DisclosureChannel.GovernmentServiceCenter => "政务服务中心",
        DisclosureChannel.ConvenienceServiceStation => "便民服务站",
        DisclosureChannel.DoorToDoorOnSite => "入户/现场",
        DisclosureChannel.NoticeBoard => "社区/企事业单位/村公示栏（电子屏）",
        DisclosureChannel.TargetedPush => "精准推送",
        DisclosureChannel.Hotline12345 => "12345政务服务热线",
        _ => "其他",
    };

    /// <summary>Channels joined with 、; 其他 carries its free text ("其他：…").</summary>
    public static string Join(IEnumerable<DisclosureChannel> channels, string? other) =>
        string.Join(Separator, channels.Select(c => c == DisclosureChannel.Other && !string.IsNullOrWhiteSpace(other) ? OtherPrefix + other : Of(c)));

    /// <summary>
    /// Reads a label back. Half-width brackets, slashes and spaces are accepted because people retype labels by hand;
    /// anything else is not an official channel.
    /// </summary>
    public static DisclosureChannel? Parse(string label) => ByLabel.TryGetValue(Normalize(label), out var channel) ? channel : null;

    /// <summary>Whether a label starts the 其他 free text, with a full- or half-width colon.</summary>
    public static bool IsOtherWithText(string label, out string text)
    {
        var trimmed = label.TrimStart();
        foreach (var prefix in new[] { OtherPrefix, "其他:" })
        {
            if (trimmed.StartsWith(prefix, StringComparison.Ordinal))
            {
                text = trimmed[prefix.Length..].Trim();
                return true;
            }
        }

        text = "";
        return false;
    }

    private static string Normalize(string label) =>
        new([.. label.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { '(' => '（', ')' => '）', '／' => '/', _ => c })]);
}
