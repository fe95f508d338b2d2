using OpenGov.BuildingBlocks.Domain;

namespace OpenGov.Publication.Domain.Records;

public sealed partial class GovernmentRecord
{
    /// <summary>Declared status of a 规章 or 规范性文件; Valid until the unit marks it amended, repealed or expired.</summary>
    public NormativeStatus NormativeStatus { get; private set; } = NormativeStatus.Valid;

    public DateOnly? NormativeStatusOn { get; private set; }

    public string? NormativeStatusNote { get; private set; }

    /// <summary>The record of the same unit that amends or repeals this one.</summary>
    public Guid? ReplacedByRecordId { get; private set; }

    /// <summary>
    /// 立、改、废 (PUB-12(e)(g)): marks a published normative document amended, repealed or expired; the mark goes on
    /// the current public text at once. A repealed or expired document stays so.
    /// </summary>
    public Result ChangeNormativeStatus(NormativeStatus status, DateOnly effectiveOn, string? note, GovernmentRecord? replacedBy, DateOnly today, DateTimeOffset now)
    {
        if (!Content.Kind.IsNormative())
        {
            return Error.Conflict("publication.not_normative", "只有规章和行政规范性文件有效力状态");
        }

        if (PublishedRevisions == 0 || Status == RecordStatus.Withdrawn)
        {
            return Error.Conflict("publication.not_published", "只有已发布的规范性文件可以标注修改、废止或失效");
        }

        if (status == NormativeStatus.Valid)
        {
            return Error.Field("publication.normative_status_invalid", "status", "请选择 Amended 修改、Repealed 废止或 Expired 失效");
        }

        var (current, _) = NormativeStatuses.Effective(NormativeStatus, NormativeStatusOn, Content.ValidUntil, today);
        if (current is NormativeStatus.Repealed or NormativeStatus.Expired)
        {
            return Error.Conflict("publication.normative_status_final", $"该文件{NormativeStatuses.Labels[current]}，不能再变更效力状态");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return Error.Field("publication.note_required", "note", "请写明修改、废止或失效的说明");
        }

        if (effectiveOn > today)
        {
            return Error.Field("publication.effective_on_future", "effectiveOn", "生效日期不能晚于今天；请在修改、废止生效之日再标注");
        }

        if (effectiveOn < Content.FormedOn)
        {
            return Error.Field("publication.effective_on_before_formed", "effectiveOn", "生效日期不能早于该文件的成文日期");
        }

        if (replacedBy is not null)
        {
            if (status == NormativeStatus.Expired)
            {
                return Error.Field("publication.replaced_by_not_applicable", "replacedByRecordId", "失效的文件不填写修改或废止它的文件");
            }

            if (replacedBy.Id == Id || replacedBy.UnitId != UnitId)
            {
                return Error.Field("publication.replaced_by_unknown", "replacedByRecordId", "修改或废止它的文件须为本单位的另一条政府信息");
            }
        }

        NormativeStatus = status;
        NormativeStatusOn = effectiveOn;
        NormativeStatusNote = note.Trim();
        ReplacedByRecordId = replacedBy?.Id;
        foreach (var revision in _revisions.Where(r => r.IsCurrent))
        {
            revision.MarkNormativeStatus(NormativeStatus, NormativeStatusOn, NormativeStatusNote, ReplacedByRecordId);
        }

        UpdatedAt = now;
        return Result.Success();
    }
}
