using OpenGov.BuildingBlocks.Domain;
using OpenGov.Reporting.Domain.Validation;

namespace OpenGov.Reporting.Domain.Reports;

/// <summary>
/// One edition of a 政府信息公开工作年度报告 of a unit (or the county roll-up) for a year. A published edition is
/// immutable; a correction is a new edition with its reason, and the earlier one stays readable.
/// </summary>
public sealed class AnnualReport : AggregateRoot<Guid>
{
    public const int ReasonMaxLength = 2000;
    public const int TextMaxLength = 50_000;

    private AnnualReport()
    {
    }

    public Guid UnitId { get; private set; }

    public int Year { get; private set; }

    public ReportKind Kind { get; private set; }

    /// <summary>1 for the first publication, 2 for the first correction…</summary>
    public int Edition { get; private set; }

    public ReportStatus Status { get; private set; }

    public ReportSource Source { get; private set; }

    /// <summary>机关全称 as printed in the title.</summary>
    public string OrganName { get; private set; } = string.Empty;

    public ReportContent Content { get; private set; } = null!;

    /// <summary>County roll-up only: who is included and what each contributed (drill-down, V8).</summary>
    public IReadOnlyList<MemberContribution> Members { get; private set; } = [];

    public string? CorrectionReason { get; private set; }

    public Guid? PreviousEditionId { get; private set; }

    public string? ReturnReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? SubmittedBy { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public string? AcceptedBy { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public string Title => Template.TemplateLabels.Title(OrganName, Year);

    public bool IsPublic => Status is ReportStatus.Published or ReportStatus.Superseded;

    public static AnnualReport Draft(Guid unitId, int year, ReportKind kind, string organName, ReportContent content,
        IReadOnlyList<MemberContribution> members, string by, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        UnitId = unitId,
        Year = year,
        Kind = kind,
        Edition = 1,
        Status = ReportStatus.Draft,
        Source = ReportSource.Generated,
        OrganName = organName,
        Content = content,
        Members = members,
        CreatedAt = now,
        CreatedBy = by,
    };

    /// <summary>A past report entered from its published form: published as it was, its failures flagged, not fixed.</summary>
    public static AnnualReport Imported(Guid unitId, int year, ReportKind kind, string organName, ReportContent content, string by, DateTimeOffset now)
    {
        var report = Draft(unitId, year, kind, organName, content, [], by, now);
        report.Status = ReportStatus.Published;
        report.Source = ReportSource.Imported;
        report.PublishedAt = now;
        report.PublishedBy = by;
        return report;
    }

    /// <summary>Figures recounted or prose edited: only while a draft.</summary>
    public Result Revise(ReportContent content, IReadOnlyList<MemberContribution> members)
    {
        if (Status != ReportStatus.Draft)
        {
            return NotDraft();
        }

        Content = content;
        Members = members;
        return Result.Success();
    }

    public Result Submit(IReadOnlyList<ReportIssue> issues, string by, DateTimeOffset now)
    {
        if (Status != ReportStatus.Draft)
        {
            return Error.Conflict("reporting.wrong_status", $"报告当前为“{ReportLabels.Status(Status)}”，不能报送");
        }

        if (Blocking(issues) is { } blocked)
        {
            return blocked;
        }

        Status = ReportStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = by;
        ReturnReason = null;
        return Result.Success();
    }

    public Result Accept(string by, DateTimeOffset now)
    {
        if (Status != ReportStatus.Submitted)
        {
            return Error.Conflict("reporting.wrong_status", $"报告当前为“{ReportLabels.Status(Status)}”，不能审核通过");
        }

        Status = ReportStatus.Accepted;
        AcceptedAt = now;
        AcceptedBy = by;
        return Result.Success();
    }

    public Result Return(string reason, string by, DateTimeOffset now)
    {
        if (Status != ReportStatus.Submitted)
        {
            return Error.Conflict("reporting.wrong_status", $"报告当前为“{ReportLabels.Status(Status)}”，不能退回");
        }

        Status = ReportStatus.Draft;
        ReturnReason = $"{reason.Trim()}（{by}，{now:yyyy-MM-dd}）";
        return Result.Success();
    }

    /// <summary>Publishing needs acceptance (the county report is the county office's own and needs none) and no failed hard rule.</summary>
    public Result Publish(IReadOnlyList<ReportIssue> issues, AnnualReport? previousEdition, string by, DateTimeOffset now)
    {
        if (IsPublic)
        {
            return Error.Conflict("reporting.already_published", "报告已经发布，不能再次发布；如需更正请生成更正版本");
        }

        var ready = Status == ReportStatus.Accepted || (Kind == ReportKind.County && Status == ReportStatus.Draft);
        if (!ready)
        {
            return Error.Conflict("reporting.not_accepted", $"报告当前为“{ReportLabels.Status(Status)}”，须经县政府办公室审核通过后发布");
        }

        if (Blocking(issues) is { } blocked)
        {
            return blocked;
        }

        if (previousEdition is not null)
        {
            previousEdition.Status = ReportStatus.Superseded;
        }

        Status = ReportStatus.Published;
        PublishedAt = now;
        PublishedBy = by;
        Raise(new AnnualReportPublished(Id, UnitId, Year, Kind, Edition, Title, now));
        return Result.Success();
    }

    /// <summary>A correction starts a new edition as a draft, copied from this published one.</summary>
    public Result<AnnualReport> Correct(string reason, string by, DateTimeOffset now)
    {
        if (Status != ReportStatus.Published)
        {
            return Error.Conflict("reporting.correct_published_only", "只有已发布的当前版本可以更正");
        }

        return new AnnualReport
        {
            Id = Guid.NewGuid(),
            UnitId = UnitId,
            Year = Year,
            Kind = Kind,
            Edition = Edition + 1,
            Status = ReportStatus.Draft,
            Source = ReportSource.Generated,
            OrganName = OrganName,
            Content = Content,
            Members = Members,
            CorrectionReason = reason.Trim(),
            PreviousEditionId = Id,
            CreatedAt = now,
            CreatedBy = by,
        };
    }

    private static Error NotDraft() => Error.Conflict("reporting.not_draft", "只有草稿可以修改；已报送的请先退回，已发布的请生成更正版本");

    private static Error? Blocking(IReadOnlyList<ReportIssue> issues)
    {
        var blocking = issues.Where(i => i.Blocking).ToList();
        if (blocking.Count == 0)
        {
            return null;
        }

        var fields = blocking.GroupBy(i => $"{i.Rule}:{i.Table}:{i.Row}:{i.Column}")
            .ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToArray());
        return new Error("reporting.validation_failed", $"报告有 {blocking.Count} 处不符合勾稽关系或填报规则，不能报送或发布：{blocking[0].Message}",
            ErrorKind.Conflict, fields);
    }
}

/// <summary>Chinese names of the statuses.</summary>
public static class ReportLabels
{
    public static string Status(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "草稿",
        ReportStatus.Submitted => "已报送",
        ReportStatus.Accepted => "已审核通过",
        ReportStatus.Published => "已发布",
        ReportStatus.Superseded => "已被更正版本取代",
        _ => status.ToString(),
    };
}
