using OpenGov.BuildingBlocks.Application.Messaging;

namespace OpenGov.Catalogue.Contracts;

/// <summary>What starts the clock of a 公开时限: None 未说明，Formed 信息形成，Changed 信息变更，FormedOrChanged 信息形成或者变更，OtherEvent 其他事件</summary>
public enum CatalogueDeadlineTrigger
{
    None = 0,
    Formed = 1,
    Changed = 2,
    FormedOrChanged = 3,
    OtherEvent = 4,
}

/// <summary>时限单位：WorkingDays 工作日，Days 日（自然日），Months 月</summary>
public enum CatalogueDeadlineUnit
{
    WorkingDays = 1,
    Days = 2,
    Months = 3,
}

/// <summary>不计天数的时限：RealTime 实时，Timely 及时，Periodic 定期</summary>
public enum CatalogueDeadlineQualitative
{
    RealTime = 1,
    Timely = 2,
    Periodic = 3,
}

/// <summary>公开时限（CAT-6）：原文及解析出的规则</summary>
/// <param name="Text">公开时限原文，如“信息形成或者变更之日起20个工作日内”</param>
/// <param name="IsParsed">是否能解析；为 false 时原文保留并标记，需人工修正，不能据此计算期限</param>
/// <param name="Trigger">起算事件</param>
/// <param name="TriggerEvent">起算事件为“其他事件”时的事件名称，如“批准”</param>
/// <param name="Count">期限数量，如 20</param>
/// <param name="Unit">期限单位</param>
/// <param name="Qualitative">不计天数的时限（实时、及时、定期）</param>
public sealed record CatalogueDeadline(
    string Text, bool IsParsed, CatalogueDeadlineTrigger Trigger, string? TriggerEvent, int? Count, CatalogueDeadlineUnit? Unit,
    CatalogueDeadlineQualitative? Qualitative);

/// <summary>An item of a published catalogue as other modules see it.</summary>
public sealed record PublishedCatalogueItem(Guid ItemId, int Sequence, string FirstLevel, string SecondLevel, CatalogueDeadline Deadline);

/// <summary>A catalogue version was published; it replaces the previous version of the same unit and domain.</summary>
public sealed record CataloguePublishedIntegrationEvent(
    Guid CatalogueId, Guid UnitId, string DomainCode, int Edition, IReadOnlyList<PublishedCatalogueItem> Items) : IntegrationEvent;

/// <summary>An item kept in a newly published version reads differently (its deadline rule may have changed).</summary>
public sealed record CatalogueItemChangedIntegrationEvent(
    Guid ItemId, Guid UnitId, string DomainCode, int Edition, string FirstLevel, string SecondLevel, CatalogueDeadline Deadline) : IntegrationEvent;

/// <summary>An item is no longer in the unit's published catalogue from this version on; nothing is due for it any more.</summary>
public sealed record CatalogueItemRetiredIntegrationEvent(
    Guid ItemId, Guid UnitId, string DomainCode, int Edition, string FirstLevel, string SecondLevel) : IntegrationEvent;
