using OpenGov.BuildingBlocks.Application.Security;
using OpenGov.Publication.Domain.Records;

namespace OpenGov.Publication.Application;

/// <summary>Settings under <c>Publication</c>; the points domain.md marks (practice) or (unconfirmed) live here.</summary>
public sealed class PublicationOptions
{
    public const string Section = "Publication";

    /// <summary>PUB-8: 主动公开 within this many working days of being formed or changed (条例第二十六条).</summary>
    public int DisclosureWorkingDays { get; set; } = 20;

    /// <summary>Records due within this many working days show on the due-soon list.</summary>
    public int DueSoonWorkingDays { get; set; } = 5;

    /// <summary>PUB-8 (unconfirmed): what "formed" means for a record — its 成文日期, or the day it was registered here.</summary>
    public FormedDateSource FormedDate { get; set; } = FormedDateSource.DocumentDate;

    /// <summary>
    /// PUB-5/PUB-6 (practice): the review stages in order, each with the roles that may decide it. Empty means
    /// <see cref="DefaultReviewStages"/> (a bound list would otherwise be appended to a non-empty default).
    /// </summary>
    public List<ReviewStageOption> ReviewStages { get; set; } = [];

    public static readonly IReadOnlyList<ReviewStageOption> DefaultReviewStages =
    [
        new() { Stage = ReviewStage.Confidentiality, Roles = [Roles.Reviewer] },
        new() { Stage = ReviewStage.First, Roles = [Roles.Editor] },
        new() { Stage = ReviewStage.Second, Roles = [Roles.Reviewer] },
        new() { Stage = ReviewStage.Final, Roles = [Roles.Leader] },
    ];

    public IReadOnlyList<ReviewStageOption> EffectiveReviewStages => ReviewStages.Count > 0 ? ReviewStages : DefaultReviewStages;

    public IReadOnlyList<ReviewStage> ReviewPlan => [.. EffectiveReviewStages.Select(s => s.Stage)];

    /// <summary>Settings under <c>Publication:Attachments</c>.</summary>
    public AttachmentOptions Attachments { get; set; } = new();
}

public sealed class AttachmentOptions
{
    /// <summary>Where files are kept, by SHA-256; a relative path is under the host's content root, like the SQLite file.</summary>
    public string Path { get; set; } = "data/attachments";

    /// <summary>The largest attachment accepted (default 50 MB).</summary>
    public long MaxBytes { get; set; } = 50L * 1024 * 1024;
}

public sealed class ReviewStageOption
{
    public ReviewStage Stage { get; set; }

    public List<string> Roles { get; set; } = [];
}

public enum FormedDateSource
{
    /// <summary>成文日期</summary>
    DocumentDate = 1,

    /// <summary>登记（录入或 OA 推送）之日</summary>
    RegistrationDate = 2,
}
