using OpenGov.Catalogue.Domain.Catalogues;

namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>目录中的一个事项（按官方模板各列，CAT-3）</summary>
/// <param name="ItemId">事项编号：修改已有事项时原样提交（跨版本保持不变），新增事项不填</param>
/// <param name="FirstLevel">公开事项·一级事项（必填，不超过 200 字）</param>
/// <param name="SecondLevel">公开事项·二级事项（必填，不超过 200 字，同一单位同一领域的目录内不得重复）</param>
/// <param name="Content">公开内容（要素）（必填，不超过 4000 字）</param>
/// <param name="Basis">公开依据（必填，不超过 4000 字）</param>
/// <param name="Deadline">公开时限原文（不超过 200 字；不填则为“信息形成或者变更之日起20个工作日内”）。系统同时解析出规则，无法解析的原文保留并标记</param>
/// <param name="Subject">公开主体（必填，不超过 200 字）</param>
/// <param name="Channels">公开渠道和载体（至少一项）：GovernmentWebsite 政府网站，GovernmentGazette 政府公报，WeiboWechatApp 两微一端，PressConferenceHearing 发布会/听证会，RadioTelevision 广播电视，PrintMedia 纸质媒体，PublicReadingPoint 公开查阅点，GovernmentServiceCenter 政务服务中心，ConvenienceServiceStation 便民服务站，DoorToDoorOnSite 入户/现场，NoticeBoard 社区/企事业单位/村公示栏（电子屏），TargetedPush 精准推送，Hotline12345 12345政务服务热线，Other 其他</param>
/// <param name="OtherChannel">选择“其他”渠道时必填：渠道名称（不超过 200 字）</param>
/// <param name="Audiences">公开对象（至少一项）：Public 全社会，SpecificGroup 特定群体</param>
/// <param name="SpecificGroup">公开对象含“特定群体”时必填：群体名称（不超过 200 字）</param>
/// <param name="Methods">公开方式（至少一项）：Proactive 主动，OnRequest 依申请</param>
/// <param name="Levels">公开层级（至少一项）：County 县级，Township 乡级</param>
public sealed record CatalogueItemInput(
    Guid? ItemId,
    string? FirstLevel,
    string? SecondLevel,
    string? Content,
    string? Basis,
    string? Deadline,
    string? Subject,
    IReadOnlyList<DisclosureChannel>? Channels,
    string? OtherChannel,
    IReadOnlyList<DisclosureAudience>? Audiences,
    string? SpecificGroup,
    IReadOnlyList<DisclosureMethod>? Methods,
    IReadOnlyList<DisclosureLevel>? Levels)
{
    internal CatalogueItemContent ToContent() => new(
        ItemId, FirstLevel!, SecondLevel!, Content!, Basis!, Deadline, Subject!, Channels!, OtherChannel, Audiences!, SpecificGroup, Methods!, Levels!);
}
