using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Infrastructure.Xlsx;

/// <summary>The official 公开渠道和载体 names (CAT-4) as they appear in a printed catalogue.</summary>
internal static class ChannelLabels
{
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
        string.Join("、", channels.Select(c => c == DisclosureChannel.Other && !string.IsNullOrWhiteSpace(other) ? $"其他：{other}" : Of(c)));
}
