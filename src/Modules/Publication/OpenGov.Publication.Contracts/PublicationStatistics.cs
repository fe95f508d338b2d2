using OpenGov.BuildingBlocks.Application.Messaging;
using OpenGov.BuildingBlocks.Application.Security;

namespace OpenGov.Publication.Contracts;

/// <summary>
/// In-process only (not an HTTP route), so it needs no caller: each unit's publication figures for one calendar year
/// in China time, for the annual report (RPT-3: counted from records, never typed). With <paramref name="UnitIds"/>
/// every named unit gets a row, zeros included; without, every unit that has any figure in the year.
/// </summary>
[AllowAnonymousRequest]
public sealed record GetPublicationStatisticsQuery(int Year, IReadOnlyCollection<Guid>? UnitIds = null) : IQuery<IReadOnlyList<UnitPublicationStatistics>>;

/// <summary>一个单位一年的政府信息发布统计</summary>
/// <param name="UnitId">单位编号</param>
/// <param name="Year">年度</param>
/// <param name="Rules">规章（年度报告表“二、主动公开政府信息情况”第二十条第（一）项）</param>
/// <param name="NormativeDocuments">行政规范性文件（同上）</param>
/// <param name="FormedByAttribute">本年形成（成文日期在本年）的政府信息按公开属性分类的条数，不论是否已发布</param>
/// <param name="RegistrationsByChannel">本年发布登记（首次发布和更正后重新发布，不含撤回）按发布渠道的次数；一次登记选了几个渠道，每个渠道各计一次。列出全部渠道，没有的为 0</param>
public sealed record UnitPublicationStatistics(
    Guid UnitId,
    int Year,
    DocumentIssueFigures Rules,
    DocumentIssueFigures NormativeDocuments,
    AttributeFigures FormedByAttribute,
    IReadOnlyList<ChannelFigure> RegistrationsByChannel);

/// <summary>第二十条第（一）项的一行：本年制发件数、本年废止件数、现行有效件数</summary>
/// <param name="IssuedThisYear">本年制发件数：本年（北京时间）首次发布的件数，之后撤回的仍计入</param>
/// <param name="RepealedThisYear">本年废止件数：效力状态为“已废止”且废止日期在本年的件数</param>
/// <param name="InForce">现行有效件数：截至年末已发布、未撤回、未废止或失效、有效期未在年末前届满的件数（含已修改的）</param>
public sealed record DocumentIssueFigures(int IssuedThisYear, int RepealedThisYear, int InForce);

/// <summary>按公开属性（PUB-1）分类的条数</summary>
/// <param name="PublishInFull">此件公开发布</param>
/// <param name="PublishRedacted">此件删减后公开</param>
/// <param name="OnRequestOnly">此件依申请公开</param>
/// <param name="NotDisclosed">此件不公开</param>
public sealed record AttributeFigures(int PublishInFull, int PublishRedacted, int OnRequestOnly, int NotDisclosed);

/// <summary>一个发布渠道的登记次数</summary>
/// <param name="Channel">渠道代码，如 Portal</param>
/// <param name="Name">渠道名称，如“政府网站”</param>
/// <param name="Registrations">登记次数</param>
public sealed record ChannelFigure(string Channel, string Name, int Registrations);
