namespace OpenGov.Catalogue.Domain.Catalogues;

/// <summary>公开渠道和载体, the official list (CAT-4); <see cref="Other"/> needs a free-text name.</summary>
public enum DisclosureChannel
{
    GovernmentWebsite = 1,
    GovernmentGazette = 2,
    WeiboWechatApp = 3,
    PressConferenceHearing = 4,
    RadioTelevision = 5,
    PrintMedia = 6,
    PublicReadingPoint = 7,
    GovernmentServiceCenter = 8,
    ConvenienceServiceStation = 9,
    DoorToDoorOnSite = 10,
    NoticeBoard = 11,
    TargetedPush = 12,
    Hotline12345 = 13,
    Other = 14,
}

/// <summary>公开对象 (CAT-3, CAT-5); a <see cref="SpecificGroup"/> must be named.</summary>
public enum DisclosureAudience
{
    Public = 1,
    SpecificGroup = 2,
}

/// <summary>公开方式 (CAT-3).</summary>
public enum DisclosureMethod
{
    Proactive = 1,
    OnRequest = 2,
}

/// <summary>公开层级 (CAT-3); both may apply.</summary>
public enum DisclosureLevel
{
    County = 1,
    Township = 2,
}
