using System.Security.Cryptography;
using System.Text;
using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Publication.Domain.Records;

/// <summary>
/// 政府信息: one document or piece of information of a unit, from drafting with its 公开属性 (PUB-1..3) through
/// 保密审查 and 三审 (PUB-5, PUB-6) to publication, correction or withdrawal with a 发布登记 each time (PUB-7).
/// Nothing is ever deleted.
/// </summary>
public sealed partial class GovernmentRecord : AggregateRoot<Guid>
{
    public const int TitleMaxLength = 300;
    public const int ReasonMaxLength = 1000;

    private readonly List<ReviewStep> _reviewSteps = [];
    private readonly List<PublishedRevision> _revisions = [];
    private readonly List<PublicationRegistration> _registrations = [];

    private GovernmentRecord()
    {
    }

    public Guid UnitId { get; private set; }

    /// <summary>索引号, unique across the county; see <c>IndexNumbers</c> for the format.</summary>
    public string IndexNumber { get; private set; } = "";

    public RecordContent Content { get; private set; } = null!;

    public RecordStatus Status { get; private set; }

    /// <summary>The stages every round must pass, in order, fixed when the round starts.</summary>
    public IReadOnlyList<ReviewStage> ReviewPlan { get; private set; } = [];

    public int ReviewRound { get; private set; }

    public string? ReturnReason { get; private set; }

    /// <summary>Set while a published record is being corrected, and kept on the revision it produces.</summary>
    public string? CorrectionReason { get; private set; }

    public int PublishedRevisions { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public string? WithdrawReason { get; private set; }

    /// <summary>The day the 公开时限 starts (formed, or changed for a correction); null for records not due for disclosure.</summary>
    public DateOnly? ClockStartsOn { get; private set; }

    public DateOnly? DueOn { get; private set; }

    /// <summary>How <see cref="DueOn"/> was computed, in words, for the unit to check.</summary>
    public string? DeadlineBasis { get; private set; }

    /// <summary>The day the record was first found overdue; it stays set, so "published late" remains visible.</summary>
    public DateOnly? OverdueSince { get; private set; }

    public string? SourceClientId { get; private set; }

    public string? ExternalId { get; private set; }

    public Guid? CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<ReviewStep> ReviewSteps => _reviewSteps;

    public IReadOnlyList<PublishedRevision> Revisions => _revisions;

    public IReadOnlyList<PublicationRegistration> Registrations => _registrations;

    /// <summary>The only text that may ever be public: the redacted one for 此件删减后公开 (PUB-1).</summary>
    public string PublicBody => Content.Attribute == DisclosureAttribute.PublishRedacted ? Content.RedactedBody ?? "" : Content.Body;

    public bool IsDueForDisclosure => Content.Attribute.IsProactive() && Status is not (RecordStatus.Published or RecordStatus.Withdrawn);

    public static GovernmentRecord Draft(
        Guid id, Guid unitId, string indexNumber, RecordContent content, Guid? createdBy, string? sourceClientId, string? externalId, DateTimeOffset now) => new()
    {
        Id = id, UnitId = unitId, IndexNumber = indexNumber, Content = content, Status = RecordStatus.Draft,
        CreatedBy = createdBy, SourceClientId = sourceClientId, ExternalId = externalId, CreatedAt = now, UpdatedAt = now,
    };

    public Result Revise(RecordContent content, DateTimeOffset now)
    {
        if (Status != RecordStatus.Draft)
        {
            return Error.Conflict("publication.not_draft", "只有草稿可以修改；审查中的信息请先等待审查结果，已发布的信息请发起更正");
        }

        if (PublishedRevisions > 0 && content.Attribute != Content.Attribute && !content.Attribute.IsProactive())
        {
            return Error.Field("publication.attribute_locked", "attribute", "已发布的信息更正时不能改为依申请公开或不公开；如需停止公开请撤回");
        }

        Content = content;
        UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>Sets the 公开时限 the application computed with the working calendar (PUB-8).</summary>
    public void SetDeadline(DateOnly? clockStartsOn, DateOnly? dueOn, string? basis)
    {
        ClockStartsOn = clockStartsOn;
        DueOn = dueOn;
        DeadlineBasis = basis;
    }

    public Result SubmitForReview(IReadOnlyList<ReviewStage> plan, DateTimeOffset now)
    {
        if (Status != RecordStatus.Draft)
        {
            return Error.Conflict("publication.not_draft", "只有草稿可以送审");
        }

        if (plan.Count == 0)
        {
            return Error.Validation("publication.no_review_plan", "未配置审查环节，不能送审");
        }

        ReviewPlan = [.. plan];
        ReviewRound++;
        ReturnReason = null;
        Status = RecordStatus.InReview;
        UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>The next stage of the current round, or null when every stage has approved.</summary>
    public ReviewStage? PendingStage =>
        Status == RecordStatus.InReview ? ReviewPlan.Cast<ReviewStage?>().FirstOrDefault(s => !StageApproved(s!.Value)) : null;

    public IReadOnlyList<ReviewStage> MissingStages => [.. ReviewPlan.Where(s => !StageApproved(s))];

    private bool StageApproved(ReviewStage stage) =>
        _reviewSteps.Any(s => s.Round == ReviewRound && s.Stage == stage && s.Approved);

    /// <summary>
    /// One decision of the pending stage (一事一审). A rejection returns the record to draft with the opinion as reason;
    /// the last approval makes it ready to publish.
    /// </summary>
    public Result Decide(ReviewStage stage, bool approve, string? opinion, Guid? reviewerId, string reviewerName, DateTimeOffset now)
    {
        if (Status != RecordStatus.InReview)
        {
            return Error.Conflict("publication.not_in_review", "该信息不在审查中（可能已由他人审查）");
        }

        if (PendingStage != stage)
        {
            return Error.Conflict("publication.wrong_stage", $"当前待办的审查环节是{RecordLabels.Stages[PendingStage!.Value]}，不是{RecordLabels.Stages[stage]}");
        }

        if (!approve && string.IsNullOrWhiteSpace(opinion))
        {
            return Error.Field("publication.opinion_required", "opinion", "退回时必须填写审查意见");
        }

        _reviewSteps.Add(ReviewStep.Create(Id, ReviewRound, stage, approve, reviewerId, reviewerName, now, opinion?.Trim()));
        if (!approve)
        {
            Status = RecordStatus.Draft;
            ReturnReason = $"{RecordLabels.Stages[stage]}退回：{opinion!.Trim()}";
        }
        else if (PendingStage is null)
        {
            Status = RecordStatus.Approved;
        }

        UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>Publishes (or republishes after a correction) with a 发布登记 (PUB-7); 先审后发: every stage must have approved.</summary>
    /// <param name="configuredPlan">The stages a new round would need, named when the record was never submitted.</param>
    public Result Publish(
        IReadOnlyList<ReviewStage> configuredPlan, IReadOnlyList<PublicationChannel> channels, string? channelNote, string searchText, Guid? publisherId, string publisherName, DateTimeOffset now)
    {
        if (!Content.Attribute.IsProactive())
        {
            return Error.Conflict("publication.not_proactive", $"公开属性为“{DisclosureAttributes.Labels[Content.Attribute]}”的信息不主动发布");
        }

        if (Status is RecordStatus.Published or RecordStatus.Withdrawn)
        {
            return Error.Conflict("publication.already_published", "该信息已发布或已撤回；修改请发起更正");
        }

        if (Status != RecordStatus.Approved)
        {
            var missing = Status == RecordStatus.Draft ? configuredPlan : MissingStages;
            return Error.Conflict("publication.review_incomplete", $"尚未完成审查，不能发布：缺少{string.Join("、", missing.Select(s => RecordLabels.Stages[s]))}");
        }

        if (channels.Count == 0)
        {
            return Error.Field("publication.channels_required", "channels", "请至少选择一个发布渠道");
        }

        var isCorrection = PublishedRevisions > 0;
        foreach (var previous in _revisions.Where(r => r.IsCurrent))
        {
            previous.Supersede();
        }

        PublishedRevisions++;
        _revisions.Add(PublishedRevision.Create(this, PublishedRevisions, searchText, channels, now));
        ReleaseAttachments(PublishedRevisions);
        _registrations.Add(PublicationRegistration.Create(
            this, isCorrection ? RegistrationKind.Corrected : RegistrationKind.Published, PublishedRevisions, now, publisherId, publisherName,
            ApprovingReviewers(), channels, channelNote, ContentHash(), CorrectionReason));
        Status = RecordStatus.Published;
        PublishedAt ??= now;
        UpdatedAt = now;
        Raise(new RecordPublished(Id, PublishedRevisions, isCorrection, now));
        CorrectionReason = null;
        return Result.Success();
    }

    /// <summary>Opens a published record for correction; the published revision stays public until the corrected one replaces it.</summary>
    public Result StartCorrection(string? reason, DateTimeOffset now)
    {
        if (Status != RecordStatus.Published)
        {
            return Error.Conflict("publication.not_published", "只有已发布的信息可以更正");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Error.Field("publication.reason_required", "reason", "请填写更正原因");
        }

        CorrectionReason = reason.Trim();
        OverdueSince = null;
        Status = RecordStatus.Draft;
        UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>撤回: the record leaves every public route; its history and registrations stay.</summary>
    public Result Withdraw(string? reason, Guid? by, string byName, DateTimeOffset now)
    {
        if (PublishedRevisions == 0 || Status == RecordStatus.Withdrawn)
        {
            return Error.Conflict("publication.not_published", "只有已发布的信息可以撤回");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Error.Field("publication.reason_required", "reason", "请填写撤回原因");
        }

        foreach (var revision in _revisions.Where(r => r.WithdrawnAt is null))
        {
            revision.Withdraw(now);
        }

        _registrations.Add(PublicationRegistration.Create(
            this, RegistrationKind.Withdrawn, PublishedRevisions, now, by, byName, "", [], null, ContentHash(), reason.Trim()));
        Status = RecordStatus.Withdrawn;
        WithdrawnAt = now;
        WithdrawReason = reason.Trim();
        CorrectionReason = null;
        UpdatedAt = now;
        Raise(new RecordWithdrawn(Id, WithdrawReason, now));
        return Result.Success();
    }

    /// <summary>Marks the record overdue once; the caller decides "today" in China time.</summary>
    public bool MarkOverdueIfLate(DateOnly today, DateTimeOffset now)
    {
        if (!IsDueForDisclosure || DueOn is not { } due || today <= due || OverdueSince is not null)
        {
            return false;
        }

        OverdueSince = due.AddDays(1);
        Raise(new RecordBecameOverdue(Id, due, now));
        return true;
    }

    private string ApprovingReviewers() => string.Join("；", _reviewSteps
        .Where(s => s.Round == ReviewRound && s.Approved)
        .OrderBy(s => ReviewPlan.ToList().IndexOf(s.Stage))
        .Select(s => $"{RecordLabels.Stages[s.Stage]}：{s.ReviewerName}"));

    private string ContentHash() =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Content.Title + "\n" + PublicBody)));
}
