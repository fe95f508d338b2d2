namespace OpenGov.Publication.Domain.Records;

/// <summary>政府信息的办理状态</summary>
public enum RecordStatus
{
    /// <summary>草稿（含审查退回、更正中）</summary>
    Draft = 1,

    /// <summary>审查中</summary>
    InReview = 2,

    /// <summary>审查通过（待发布；依申请公开、不予公开的信息止于此）</summary>
    Approved = 3,

    /// <summary>已发布</summary>
    Published = 4,

    /// <summary>已撤回</summary>
    Withdrawn = 5,
}

/// <summary>五公开 (FiveDisclosure)</summary>
public enum FiveDisclosureCategory
{
    /// <summary>决策公开</summary>
    Decision = 1,

    /// <summary>执行公开</summary>
    Execution = 2,

    /// <summary>管理公开</summary>
    Management = 3,

    /// <summary>服务公开</summary>
    Service = 4,

    /// <summary>结果公开</summary>
    Result = 5,
}

/// <summary>文件种类：年度报告按“规章”“行政规范性文件”分别统计</summary>
public enum DocumentKind
{
    /// <summary>其他政府信息</summary>
    Ordinary = 1,

    /// <summary>规章</summary>
    Rule = 2,

    /// <summary>行政规范性文件</summary>
    NormativeDocument = 3,
}

/// <summary>审查环节 (PUB-5, PUB-6)</summary>
public enum ReviewStage
{
    /// <summary>保密审查</summary>
    Confidentiality = 1,

    /// <summary>初审</summary>
    First = 2,

    /// <summary>复审</summary>
    Second = 3,

    /// <summary>终审</summary>
    Final = 4,
}

/// <summary>发布渠道 (PUB-7, PUB-9)</summary>
public enum PublicationChannel
{
    /// <summary>政府网站（政府信息公开平台）</summary>
    Portal = 1,

    /// <summary>政务新媒体</summary>
    NewMedia = 2,

    /// <summary>政府公报</summary>
    Gazette = 3,

    /// <summary>公开栏（公示栏、电子屏）</summary>
    NoticeBoard = 4,

    /// <summary>新闻发布会</summary>
    PressConference = 5,

    /// <summary>报刊、广播、电视</summary>
    Media = 6,

    /// <summary>政府信息公开查阅点</summary>
    ReadingPoint = 7,

    /// <summary>其他</summary>
    Other = 8,
}

/// <summary>发布登记的事由</summary>
public enum RegistrationKind
{
    /// <summary>发布</summary>
    Published = 1,

    /// <summary>更正后重新发布</summary>
    Corrected = 2,

    /// <summary>撤回</summary>
    Withdrawn = 3,
}

public static class RecordLabels
{
    public static readonly IReadOnlyDictionary<ReviewStage, string> Stages = new Dictionary<ReviewStage, string>
    {
        [ReviewStage.Confidentiality] = "保密审查",
        [ReviewStage.First] = "初审",
        [ReviewStage.Second] = "复审",
        [ReviewStage.Final] = "终审",
    };

    public static readonly IReadOnlyDictionary<PublicationChannel, string> Channels = new Dictionary<PublicationChannel, string>
    {
        [PublicationChannel.Portal] = "政府网站",
        [PublicationChannel.NewMedia] = "政务新媒体",
        [PublicationChannel.Gazette] = "政府公报",
        [PublicationChannel.NoticeBoard] = "公开栏",
        [PublicationChannel.PressConference] = "新闻发布会",
        [PublicationChannel.Media] = "报刊广播电视",
        [PublicationChannel.ReadingPoint] = "政府信息公开查阅点",
        [PublicationChannel.Other] = "其他",
    };

    public static readonly IReadOnlyDictionary<RecordStatus, string> Statuses = new Dictionary<RecordStatus, string>
    {
        [RecordStatus.Draft] = "草稿",
        [RecordStatus.InReview] = "审查中",
        [RecordStatus.Approved] = "审查通过",
        [RecordStatus.Published] = "已发布",
        [RecordStatus.Withdrawn] = "已撤回",
    };
}
